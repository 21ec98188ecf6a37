import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../client.ts';
import { storeImage } from '../media/store.ts';
import { findMediaBySha, insertImportedMedia, setImportedMediaText } from '../queries/imports.ts';

export type ImageText = { alt: string; caption: string; credit: string };

/**
 * Finds an old image among the uploads the newsroom copied (`--media-dir`, WordPress's
 * wp-content/uploads) and stores it in our library once per run and once per content (same
 * bytes, same row on a re-run). `undefined` means missing: no directory, no file, or a file that
 * is not an image we accept; the caller records it.
 */
export class MediaResolver {
  private readonly known = new Map<string, Promise<number | undefined>>();

  constructor(
    private readonly db: Database,
    private readonly uploadsDir: string | undefined,
    private readonly storeDir: string,
    private readonly dryRun: boolean,
  ) {}

  /** The file the address names under the uploads directory, never outside it. */
  locate(src: string): string[] {
    if (!this.uploadsDir) return [];
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(src, 'https://old.invalid').pathname);
    } catch {
      return [];
    }
    const relative = pathname.includes('/uploads/')
      ? pathname.slice(pathname.lastIndexOf('/uploads/') + '/uploads/'.length)
      : pathname.replace(/^\/+/, '');
    const root = path.resolve(this.uploadsDir);
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) return [];
    // WordPress links resized copies (photo-300x200.jpg); the original is the better source.
    const original = file.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1');
    return original === file ? [file] : [original, file];
  }

  /**
   * A featured image's attachment carries the library's own alt, caption and credit (an inline
   * use keeps its alt and caption on the image node), so they are the media row's text.
   */
  async resolveAttachment(src: string, text: ImageText): Promise<number | undefined> {
    const id = await this.resolve(src, text);
    if (id !== undefined && id > 0 && (text.alt || text.caption || text.credit)) {
      await setImportedMediaText(this.db, { id, ...text });
    }
    return id;
  }

  async resolve(src: string, text: ImageText): Promise<number | undefined> {
    const candidates = this.locate(src);
    const key = candidates[0] ?? src;
    // Single flight: items written at the same time store one file once.
    let stored = this.known.get(key);
    if (!stored) {
      stored = this.store(candidates, text);
      this.known.set(key, stored);
    }
    return stored;
  }

  private async store(candidates: string[], text: ImageText): Promise<number | undefined> {
    for (const file of candidates) {
      const bytes = await fs.readFile(file).catch(() => undefined);
      if (!bytes) continue;
      // A dry run only checks that the file is there: it writes neither files nor rows.
      if (this.dryRun) return -1;
      const stored = await storeImage(this.storeDir, bytes).catch(() => undefined);
      if (!stored) return undefined;
      const existing = await findMediaBySha(this.db, { sha256: stored.sha256 });
      if (existing) return existing;
      return insertImportedMedia(this.db, {
        ...stored,
        alt: text.alt.slice(0, 1000),
        caption: text.caption.slice(0, 1000),
        credit: text.credit.slice(0, 1000),
      });
    }
    return undefined;
  }
}
