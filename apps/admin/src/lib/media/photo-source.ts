import { randomBytes } from 'node:crypto';
import { slugify } from '@vestnik/content/slug';
import type { Executor } from '@vestnik/db/queries/audit';
import { insertSource } from '@vestnik/db/queries/sources';

/** A photo source typed into the upload form: created on the spot as kind "photo". */
export function createPhotoSource(tx: Executor, name: string): Promise<number> {
  const slug = `${slugify(name, { maxLength: 60 })}-${randomBytes(2).toString('hex')}`;
  return insertSource(tx, { slug, name, domain: null, url: null, kind: 'photo' });
}
