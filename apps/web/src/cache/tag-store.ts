/**
 * When each cache tag was last expired. The page cache, the data cache and the publish watcher
 * all consult and update it. Next imports the two cache handlers itself, outside the app bundle,
 * so the store lives on globalThis: every importer in the process must see the same memory.
 * (With several site instances a shared store replaces this one; the interface stays.)
 */
export type TagStore = {
  /** Marks tags expired now: entries stored before this moment are no longer served. */
  expire(tags: Iterable<string>): void;
  /** Whether any of the tags was expired after `since` (ms since the epoch). */
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
    expire(tags) {
      const now = Date.now();
      for (const tag of tags) expiredAt.set(tag, now);
    },
    // `>=`: an entry written in the same millisecond as the expiry may hold the old data.
    expiredSince: (tags, since) => latest(tags) >= since,
    latest,
  };
}

const key = Symbol.for('vestnik.cache.tag-store');
type Holder = { [key]?: TagStore };

export function tagStore(): TagStore {
  const holder = globalThis as Holder;
  holder[key] ??= createMemoryTagStore();
  return holder[key];
}
