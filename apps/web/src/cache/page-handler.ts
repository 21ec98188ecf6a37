import fs from 'node:fs';
import path from 'node:path';
import { env } from '../env.ts';
import { ByteLru } from './lru.ts';
import { processOvertakenReads } from './overtaken-reads.ts';
import { createPageCache } from './page-cache.ts';
import type { CacheControl, PageValue, StoredPage } from './page-entry.ts';
import { processRedis } from './redis/process-redis.ts';
import { sharedEntries } from './redis/shared-entries.ts';
import { processRenderSlots } from './render-slots.ts';
import { tagStore } from './tag-store.ts';

export { PAGE_TAGS_HEADER } from './page-entry.ts';

/**
 * Next's cache of whole responses, configured as `cacheHandler` in next.config (the logic is in
 * page-cache.ts). Next makes a new instance per request, so the cache itself is one per process,
 * on globalThis.
 */

const holder = globalThis as { [k: symbol]: unknown };
const CACHE = Symbol.for('vestnik.cache.pages');
type PageCache = ReturnType<typeof createPageCache>;

/**
 * A page's HTML names its build's script files, so pages in Redis are kept per build: during a
 * rolling deploy an instance of the new build must not serve the old build's pages. (Next's keys
 * of cached reads carry the build already.)
 */
function buildId(serverDistDir: string | undefined): string {
  try {
    return fs.readFileSync(path.join(serverDistDir ?? '', '..', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'development';
  }
}

function processPageCache(serverDistDir?: string): PageCache {
  if (!holder[CACHE]) {
    const redis = processRedis();
    const tags = tagStore();
    holder[CACHE] = createPageCache({
      local: new ByteLru<StoredPage>(env().PAGE_CACHE_MB * 1024 * 1024),
      tags,
      overtaken: processOvertakenReads(),
      slots: processRenderSlots(),
      shared:
        redis && 'synced' in tags
          ? {
              entries: sharedEntries(redis, `page:${buildId(serverDistDir)}`),
              usable: tags.synced,
            }
          : undefined,
    });
  }
  return holder[CACHE] as PageCache;
}

export default class PageCacheHandler {
  private readonly cache: PageCache;

  constructor(ctx: { serverDistDir?: string } = {}) {
    this.cache = processPageCache(ctx.serverDistDir);
  }

  get(key: string) {
    return this.cache.get(key);
  }

  set(key: string, value: PageValue | null, ctx: { cacheControl?: CacheControl } = {}) {
    return this.cache.set(key, value, ctx.cacheControl);
  }

  revalidateTag(tags: string | string[]) {
    return this.cache.revalidateTag(tags);
  }

  resetRequestCache() {}
}

/** Entries and bytes held in this process (for metrics and tests). */
export function pageCacheSize() {
  return processPageCache().size();
}
