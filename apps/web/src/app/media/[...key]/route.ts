import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/env';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

// Keys are content hashes written by @vestnik/db/media: two hex characters, a slash, a name.
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{14}(-\d{2,4})?\.(jpg|png|webp)$/;

/** Serves uploaded images from MEDIA_DIR; in production a CDN or S3 bucket sits in front. */
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }) {
  const key = (await context.params).key.join('/');
  // The pattern is the path-traversal guard: nothing but a stored key can reach the disk.
  if (!KEY.test(key)) return new Response('Не найдено', { status: 404 });
  try {
    const file = await fs.readFile(path.join(env().MEDIA_DIR, key));
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': TYPES[path.extname(key)] ?? 'application/octet-stream',
        // Content-addressed keys never change, so browsers and CDNs may keep them forever.
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Не найдено', { status: 404 });
  }
}
