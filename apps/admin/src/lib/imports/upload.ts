import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';

export type ImportFormat = 'wordpress' | 'feed';

export type SavedExport = { filePath: string; bytes: number };

export class UploadTooLargeError extends Error {}

/**
 * Streams an uploaded export to IMPORT_DIR under a name of ours (never the uploader's), stopping
 * as soon as it passes `maxBytes`: an archive of years may be gigabytes, and none of it is held in
 * memory. A partial file is removed whatever goes wrong.
 */
export async function saveExport(
  body: ReadableStream<Uint8Array>,
  dir: string,
  maxBytes: number,
): Promise<SavedExport> {
  await mkdir(dir, { recursive: true });
  const name = randomUUID();
  const partial = path.join(dir, `${name}.part`);
  const filePath = path.join(dir, `${name}.xml`);
  let bytes = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      if (bytes > maxBytes) throw new UploadTooLargeError();
      controller.enqueue(chunk);
    },
  });
  // The file is created here, before anything is streamed: a stream that opened it lazily could
  // create it after a refused upload's clean-up below had run (a `.part` left behind, seen in CI).
  const handle = await open(partial, 'wx');
  try {
    await body.pipeThrough(counter).pipeTo(Writable.toWeb(handle.createWriteStream()));
    await rename(partial, filePath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { filePath, bytes };
}

/** The first bytes of a file, as text (enough for the root element and WordPress's header). */
export async function readHead(filePath: string, bytes = 64 * 1024): Promise<string> {
  const handle = await open(filePath);
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * What a file is, by its first bytes: a WordPress export (its rss element declares the `wp`
 * namespace, or the header names the WXR version), another RSS or Atom feed, or neither. The
 * importer itself checks the whole file as it reads; this answers the uploader at once.
 */
export function sniffExport(head: string): ImportFormat | undefined {
  const text = head.replace(/^\uFEFF/, '');
  if (!/<(rss|feed)[\s>]/.test(text)) return undefined;
  if (/xmlns:wp=|<wp:wxr_version>/.test(text)) return 'wordpress';
  return 'feed';
}
