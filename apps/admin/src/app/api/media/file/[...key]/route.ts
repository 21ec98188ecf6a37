import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/env';
import { currentUser } from '@/lib/session';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

// Content-hash keys written by @vestnik/db/media; the pattern is the path-traversal guard.
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{14}(-\d{2,4})?\.(jpg|png|webp)$/;

/** Thumbnails for the media library, read from MEDIA_DIR for signed-in staff only. */
export async function GET(_request: Request, context: { params: Promise<{ key: string[] }> }) {
  if (!(await currentUser())) return new Response('Требуется вход', { status: 401 });
  const key = (await context.params).key.join('/');
  if (!KEY.test(key)) return new Response('Не найдено', { status: 404 });
  try {
    const file = await fs.readFile(path.join(env().MEDIA_DIR, key));
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': TYPES[path.extname(key)] ?? 'application/octet-stream',
        'cache-control': 'private, max-age=86400',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response('Не найдено', { status: 404 });
  }
}
