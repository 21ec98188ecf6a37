import { processRedis } from './redis/process-redis.ts';
import { createSharedTagStore, type SharedTagStore } from './redis/shared-tag-store.ts';

/**
 * When each cache tag was last expired. The page cache, the data cache and the publish watcher
 * all consult and update it. Next imports the two cache handlers itself, outside the app bundle,
 * so the store lives on globalThis: every importer in the process must see the same memory.
 * With REDIS_URL the store is shared by every site instance (redis/shared-tag-store.ts); without
 * it, it is this process's memory alone.
 */
export type TagStore = {
  /**
   * The store's clock (ms): entries are stamped with it and expiries compared against it. The
   * shared store's is Redis's (see redis/clock.ts); the memory store's is Date.now().
   */
  now(): number;
  /** now() minus Date.now(): turns the store's times into this process's, which Next uses. */
  clockOffset(): number;
  /**
   * Marks tags expired now: entries stamped before this moment are no longer served, here at
   * once. Resolves when every instance has been told (the shared store), or Redis did not answer
   * in time (the expiry is then sent again as soon as it answers).
   */
  expire(tags: Iterable<string>): Promise<void>;
  /** Whether any of the tags was expired after `since` (the store's clock). */
  expiredSince(tags: Iterable<string>, since: number): boolean;
  /** The latest expiry among the tags, 0 if none was ever expired. */
  latest(tags: Iterable<string>): number;
};

function createMemoryTagStore(): TagStore {
  const expiredAt = new Map<string, number>();
  const latest = (tags: Iterable<string>) => {
    let max = 0;
    for (const tag of tags) max = Math.max(max, expiredAt.get(tag) ?? 0);
    return max;
  };
  return {
    now: () => Date.now(),
    clockOffset: () => 0,
    async expire(tags) {
      const now = Date.now();
      for (const tag of tags) expiredAt.set(tag, now);
    },
    // `>=`: an entry written in the same millisecond as the expiry may hold the old data.
    expiredSince: (tags, since) => latest(tags) >= since,
    latest,
  };
}

const key = Symbol.for('vestnik.cache.tag-store');
type Holder = { [key]?: TagStore | SharedTagStore };

export function tagStore(): TagStore | SharedTagStore {
  const holder = globalThis as Holder;
  if (!holder[key]) {
    const redis = processRedis();
    holder[key] = redis ? createSharedTagStore(redis) : createMemoryTagStore();
  }
  return holder[key];
}
