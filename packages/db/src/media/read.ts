import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
};

// Keys are the content hashes written by storeImage: two hex characters, a slash, a name. The
// pattern is the path-traversal guard: nothing but a stored key can reach the disk.
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{14}(-\d{2,4})?\.(jpg|png|webp)$/;

/** A stored image file and its type, or undefined for anything that is not a stored key. */
export async function readStoredImage(dir: string, key: string) {
  if (!KEY.test(key)) return undefined;
  try {
    const bytes = await fs.readFile(path.join(dir, key));
    return { bytes: new Uint8Array(bytes), contentType: TYPES[path.extname(key)]! };
  } catch {
    return undefined;
  }
}

/** The HTTP answer for a stored image; `cacheControl` differs between the public site and admin. */
export async function storedImageResponse(dir: string, key: string, cacheControl: string) {
  const file = await readStoredImage(dir, key);
  if (!file) return new Response('Не найдено', { status: 404 });
  return new Response(file.bytes, {
    headers: {
      'content-type': file.contentType,
      'cache-control': cacheControl,
      'x-content-type-options': 'nosniff',
    },
  });
}
