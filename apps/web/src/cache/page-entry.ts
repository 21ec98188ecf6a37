import { storedPagePolicy } from '../server/csp.ts';
import { MAX_ENTRY_SECONDS } from './redis/tag-scripts.ts';

/** What Next hands the page cache (`cacheHandler`) and what it keeps of it. */
export type CacheControl = { revalidate: number | false; expire?: number };
type Headers = Record<string, string | string[] | number | undefined>;
export type PageValue = {
  kind: string;
  headers?: Headers;
  html?: string;
  rscData?: Buffer;
  body?: Buffer;
  segmentData?: Map<string, Buffer>;
};
/** `lastModified` is in the tag store's clock (see tag-store.ts), not necessarily Date.now()'s. */
export type StoredPage = {
  value: PageValue;
  lastModified: number;
  tags: string[];
  cacheControl?: CacheControl;
};

/** The response header that carries a page's own tags to the HTTP layer (see server/http-cache). */
export const PAGE_TAGS_HEADER = 'x-vestnik-tags';
/** The response header that marks a render an expiry overtook: no HTTP cache may keep it. */
export const OVERTAKEN_HEADER = 'x-vestnik-overtaken';
const NEXT_TAGS_HEADER = 'x-next-cache-tags';
/** Next's implicit per-path tags: we never expire them, and HTTP caches must not see them. */
const SOFT_TAG_PREFIX = '_N_T_';

export function sizeOf(value: PageValue): number {
  let size = 512 + (value.html?.length ?? 0) * 2;
  size += value.rscData?.length ?? 0;
  size += value.body?.length ?? 0;
  for (const segment of value.segmentData?.values() ?? []) size += segment.length;
  return size;
}

export function tagsOf(value: PageValue): string[] {
  const header = value.headers?.[NEXT_TAGS_HEADER];
  return typeof header === 'string' ? header.split(',').filter(Boolean) : [];
}

export function isDue(entry: StoredPage, now: number): boolean {
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === 'number' && entry.lastModified + revalidate * 1000 <= now;
}

/**
 * How long Redis keeps a page: its `expire`, at most a week (tag expiries are remembered a little
 * longer, see redis/tag-scripts.ts). Redis must not grow with every address a crawler visits.
 */
export function sharedSeconds(cacheControl: CacheControl | undefined): number {
  return Math.min(cacheControl?.expire ?? MAX_ENTRY_SECONDS, MAX_ENTRY_SECONDS);
}

/**
 * The same object becomes this response's headers: the page's tags reach HTTP caches, and a
 * stored page carries the hashes of its own inline scripts as its CSP (no nonce possible).
 */
export function addStoredHeaders(value: PageValue, tags: string[]): void {
  if (!value.headers) return;
  value.headers[PAGE_TAGS_HEADER] = tags.filter((t) => !t.startsWith(SOFT_TAG_PREFIX)).join(' ');
  if (value.html) value.headers['content-security-policy'] = storedPagePolicy(value.html);
}

/** This response (the headers object is the response's, see above) must not be kept by anyone. */
export function markOvertaken(value: PageValue): void {
  if (value.headers) value.headers[OVERTAKEN_HEADER] = '1';
}
