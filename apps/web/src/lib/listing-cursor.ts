import type { ListingCursor } from '@vestnik/db/queries/listings';

/**
 * `?before=2016-05-12T10:00:00.123456Z_4812`: the exact publish time and id of the last article
 * on the page above. Readable, stable (a page's URL keeps its content while news arrives on
 * top), and strictly validated: anything else is not a page of this listing.
 */
const PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z)_(\d{1,10})$/;

export function parseCursor(value: string | string[] | undefined): ListingCursor | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PATTERN.exec(value);
  if (!match || Number.isNaN(Date.parse(match[1]!))) return undefined;
  const id = Number(match[2]);
  return id > 0 && id <= 2_147_483_647 ? { publishAt: match[1]!, id } : undefined;
}

export function formatCursor(cursor: ListingCursor): string {
  return `${cursor.publishAt}_${cursor.id}`;
}

/** A page's URL: the listing's path, plus ?before= unless it is the first page. */
export function pageHref(basePath: string, cursor: ListingCursor | null | undefined): string {
  return cursor ? `${basePath}?before=${formatCursor(cursor)}` : basePath;
}
