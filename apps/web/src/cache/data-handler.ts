import { env } from '../env.ts';
import { createDataCache } from './data-cache.ts';
import { ByteLru } from './lru.ts';
import { processOvertakenReads } from './overtaken-reads.ts';
import type { StoredData } from './redis/data-record.ts';
import { processRedis } from './redis/process-redis.ts';
import { sharedEntries } from './redis/shared-entries.ts';
import { tagStore } from './tag-store.ts';

/**
 * The `'use cache'` store, configured as `cacheHandlers.default` in next.config (the logic is in
 * data-cache.ts); one per process, on globalThis, like the page cache.
 */

const holder = globalThis as { [k: symbol]: unknown };
const CACHE = Symbol.for('vestnik.cache.data');

function processDataCache() {
  const redis = processRedis();
  const tags = tagStore();
  return createDataCache({
    local: new ByteLru<StoredData>(env().DATA_CACHE_MB * 1024 * 1024),
    tags,
    overtaken: processOvertakenReads(),
    shared:
      redis && 'synced' in tags
        ? { entries: sharedEntries(redis, 'data'), usable: tags.synced }
        : undefined,
  });
}

holder[CACHE] ??= processDataCache();

export default holder[CACHE] as ReturnType<typeof createDataCache>;
