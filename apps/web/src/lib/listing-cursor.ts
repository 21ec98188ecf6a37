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
  if (!match || !isRealInstant(match[1]!)) return undefined;
  const id = Number(match[2]);
  return id > 0 && id <= 2_147_483_647 ? { publishAt: match[1]!, id } : undefined;
}

/**
 * A date that exists (no 30 February: Date.parse rolls it over to March) in a sane range (year 0
 * and the like are not dates PostgreSQL accepts back).
 */
function isRealInstant(text: string): boolean {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return false;
  const iso = new Date(ms).toISOString();
  return iso.slice(0, 19) === text.slice(0, 19) && iso >= '1900' && iso < '3000';
}

export function formatCursor(cursor: ListingCursor): string {
  return `${cursor.publishAt}_${cursor.id}`;
}

/** A page's URL: the listing's path, plus ?before= unless it is the first page. */
export function pageHref(basePath: string, cursor: ListingCursor | null | undefined): string {
  return cursor ? `${basePath}?before=${formatCursor(cursor)}` : basePath;
}
