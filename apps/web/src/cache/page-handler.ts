import { env } from '../env.ts';
import { storedPagePolicy } from '../server/csp.ts';
import { ByteLru } from './lru.ts';
import { tagStore } from './tag-store.ts';

/**
 * Next's cache of whole responses (rendered HTML + RSC payload of pages, bodies of feeds), kept
 * in memory and expired by our tag store. Configured as `cacheHandler` in next.config; Next makes
 * a new instance per request, so all state is module level.
 */

type CacheControl = { revalidate: number | false; expire?: number };
type Headers = Record<string, string | string[] | number | undefined>;
type Value = {
  kind: string;
  headers?: Headers;
  html?: string;
  rscData?: Buffer;
  body?: Buffer;
  segmentData?: Map<string, Buffer>;
};
type Stored = { value: Value; lastModified: number; tags: string[]; cacheControl?: CacheControl };

/** The response header that carries a page's own tags to the HTTP layer (see server/http-cache). */
export const PAGE_TAGS_HEADER = 'x-vestnik-tags';
const NEXT_TAGS_HEADER = 'x-next-cache-tags';
/** Next's implicit per-path tags: we never expire them, and HTTP caches must not see them. */
const SOFT_TAG_PREFIX = '_N_T_';

const holder = globalThis as { [k: symbol]: unknown };
const STORE = Symbol.for('vestnik.cache.pages');
const STARTS = Symbol.for('vestnik.cache.page-render-starts');
const megabytes = env().PAGE_CACHE_MB;
holder[STORE] ??= new ByteLru<Stored>(megabytes * 1024 * 1024);
holder[STARTS] ??= new Map<string, number>();
const store = holder[STORE] as ByteLru<Stored>;
/**
 * When the render that will fill a key began. An entry counts as written at that moment, not
 * when it was stored: a tag expired while the page was rendering must still invalidate it, or
 * an edit saved mid-render would be hidden behind the old page until its time ran out.
 */
const renderStarts = holder[STARTS] as Map<string, number>;
/** Renders that never stored anything (a failed render) leave a start behind: keep it bounded. */
const MAX_STARTS = 10_000;

function noteRenderStart(key: string, now: number) {
  if (renderStarts.has(key)) return;
  if (renderStarts.size >= MAX_STARTS) renderStarts.clear();
  renderStarts.set(key, now);
}

function sizeOf(value: Value): number {
  let size = 512 + (value.html?.length ?? 0) * 2;
  size += value.rscData?.length ?? 0;
  size += value.body?.length ?? 0;
  for (const segment of value.segmentData?.values() ?? []) size += segment.length;
  return size;
}

function tagsOf(value: Value): string[] {
  const header = value.headers?.[NEXT_TAGS_HEADER];
  return typeof header === 'string' ? header.split(',').filter(Boolean) : [];
}

function isDue(entry: Stored, now: number): boolean {
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === 'number' && entry.lastModified + revalidate * 1000 <= now;
}

export default class PageCacheHandler {
  async get(key: string) {
    const now = Date.now();
    const entry = store.get(key);
    if (!entry || tagStore().expiredSince(entry.tags, entry.lastModified)) {
      if (entry) store.delete(key);
      noteRenderStart(key, now);
      return null;
    }
    // Due by time: Next serves it and re-renders in the background.
    if (isDue(entry, now)) noteRenderStart(key, now);
    return {
      value: entry.value,
      lastModified: entry.lastModified,
      cacheControl: entry.cacheControl,
    };
  }

  async set(key: string, value: Value | null, ctx: { cacheControl?: CacheControl } = {}) {
    const started = renderStarts.get(key) ?? Date.now();
    renderStarts.delete(key);
    if (!value) {
      store.delete(key);
      return;
    }
    const tags = tagsOf(value);
    if (value.headers) {
      // The same object becomes this response's headers: the page's tags reach HTTP caches, and
      // a stored page carries the hashes of its own inline scripts as its CSP (no nonce possible).
      value.headers[PAGE_TAGS_HEADER] = tags
        .filter((t) => !t.startsWith(SOFT_TAG_PREFIX))
        .join(' ');
      if (value.html) value.headers['content-security-policy'] = storedPagePolicy(value.html);
    }
    store.set(
      key,
      { value, lastModified: started, tags, cacheControl: ctx.cacheControl },
      sizeOf(value),
    );
  }

  async revalidateTag(tags: string | string[]) {
    // Every expiry is immediate here: the site asks with { expire: 0 } and nothing else calls it.
    tagStore().expire(typeof tags === 'string' ? [tags] : tags);
  }

  resetRequestCache() {}
}

/** Entries and bytes held (for metrics and tests). */
export function pageCacheSize() {
  return store.size;
}
