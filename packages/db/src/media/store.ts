import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
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

const FORMATS = {
  jpeg: {
    mime: 'image/jpeg',
    ext: 'jpg',
    encode: (image: Sharp) => image.jpeg({ quality: 92 }),
  },
  png: { mime: 'image/png', ext: 'png', encode: (image: Sharp) => image.png() },
  webp: {
    mime: 'image/webp',
    ext: 'webp',
    encode: (image: Sharp) => image.webp({ quality: 90 }),
  },
} as const;

/**
 * The original as we keep it: decoded, turned upright by its EXIF orientation, and encoded again
 * in its own format. Sharp writes no metadata unless asked, so EXIF (GPS position, camera serial
 * number, owner name), XMP, IPTC and comments of the upload are gone from every file we store and
 * serve; colours are converted to sRGB, the web's space, as the ICC profile goes too.
 */
export async function cleanOriginal(input: Buffer) {
  const meta = await sharp(input).metadata();
  const format = FORMATS[meta.format as keyof typeof FORMATS];
  if (!format || !meta.width || !meta.height) throw new Error('unsupported image format');
  const { data, info } = await format
    .encode(sharp(input).rotate())
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, format };
}

/**
 * Stores an image (cleaned, see cleanOriginal) and its fixed-width WebP variants under `dir`. The
 * format is taken from the decoded content, never from a file name, so a renamed file cannot pass
 * as another type. Keys are the hash of the stored bytes: the same upload stores the same file.
 */
export async function storeImage(dir: string, input: Buffer): Promise<StoredImage> {
  const clean = await cleanOriginal(input);
  const sha256 = createHash('sha256').update(clean.data).digest('hex');
  const base = `${sha256.slice(0, 2)}/${sha256.slice(2, 16)}`;
  const storageKey = `${base}.${clean.format.ext}`;
  await fs.mkdir(path.join(dir, sha256.slice(0, 2)), { recursive: true });
  await fs.writeFile(path.join(dir, storageKey), clean.data);
  const variants: MediaVariant[] = [];
  for (const width of MEDIA_WIDTHS.filter((w) => w <= clean.width)) {
    const key = `${base}-${width}.webp`;
    // From the clean original: already upright and without metadata.
    const info = await sharp(clean.data)
      .resize({ width })
      .webp({ quality: 78 })
      .toFile(path.join(dir, key));
    variants.push({ width: info.width, height: info.height, key, bytes: info.size });
  }
  return {
    storageKey,
    mimeType: clean.format.mime,
    width: clean.width,
    height: clean.height,
    bytes: clean.data.length,
    sha256,
    variants,
  };
}
