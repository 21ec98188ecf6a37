import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { MediaVariant } from '../schema/media.ts';

/** Widths served through srcset; an image is never scaled up beyond its own width. */
export const MEDIA_WIDTHS = [480, 800, 1200] as const;

export type StoredImage = {
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  variants: MediaVariant[];
};

const FORMATS: Record<string, { mime: string; ext: string }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
};

/**
 * Stores an image and its fixed-width WebP variants under `dir`. The format is taken from the
 * decoded content, never from a file name, so a renamed file cannot pass as another type.
 */
export async function storeImage(dir: string, input: Buffer): Promise<StoredImage> {
  const meta = await sharp(input).metadata();
  const format = FORMATS[meta.format ?? ''];
  if (!format || !meta.width || !meta.height) throw new Error('unsupported image format');
  const sha256 = createHash('sha256').update(input).digest('hex');
  const base = `${sha256.slice(0, 2)}/${sha256.slice(2, 16)}`;
  const storageKey = `${base}.${format.ext}`;
  await fs.mkdir(path.join(dir, sha256.slice(0, 2)), { recursive: true });
  await fs.writeFile(path.join(dir, storageKey), input);
  const variants: MediaVariant[] = [];
  for (const width of MEDIA_WIDTHS.filter((w) => w <= meta.width!)) {
    const key = `${base}-${width}.webp`;
    const info = await sharp(input)
      .rotate()
      .resize({ width })
      .webp({ quality: 78 })
      .toFile(path.join(dir, key));
    variants.push({ width: info.width, height: info.height, key, bytes: info.size });
  }
  return {
    storageKey,
    mimeType: format.mime,
    width: meta.width,
    height: meta.height,
    bytes: input.length,
    sha256,
    variants,
  };
}
