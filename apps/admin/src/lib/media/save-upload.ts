import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type StoredImage, storeImage } from '@vestnik/db/media';

/**
 * Stores the image and its variants in a scratch directory inside MEDIA_DIR (same file system,
 * so moving is an atomic rename). `commit` records the row in a transaction and calls `publish`
 * inside it to move the files into place: a failed insert leaves no files, a failed move rolls
 * the row back, and the scratch directory is always removed. Nothing half-written remains.
 */
export async function saveUpload<T>(
  mediaDir: string,
  bytes: Buffer,
  commit: (stored: StoredImage, publish: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const scratch = path.join(mediaDir, `.upload-${randomBytes(8).toString('hex')}`);
  try {
    const stored = await storeImage(scratch, bytes);
    const keys = [stored.storageKey, ...stored.variants.map((v) => v.key)];
    const publish = async () => {
      for (const key of keys) {
        await fs.mkdir(path.dirname(path.join(mediaDir, key)), { recursive: true });
        await fs.rename(path.join(scratch, key), path.join(mediaDir, key));
      }
    };
    return await commit(stored, publish);
  } finally {
    await fs.rm(scratch, { recursive: true, force: true });
  }
}
