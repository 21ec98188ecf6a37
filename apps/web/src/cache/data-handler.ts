import { env } from '../env.ts';
import { ByteLru } from './lru.ts';
import { tagStore } from './tag-store.ts';

/**
 * The `'use cache'` store (configured as `cacheHandlers.default`): results of the site's cached
 * reads, in memory, bounded in bytes, expired through the same tag store as whole pages.
 */

type Entry = {
  value: ReadableStream<Uint8Array>;
  tags: string[];
  stale: number;
  timestamp: number;
  expire: number;
  revalidate: number;
};
type Stored = Omit<Entry, 'value'> & { bytes: Uint8Array };

const holder = globalThis as { [k: symbol]: unknown };
const STORE = Symbol.for('vestnik.cache.data');
const PENDING = Symbol.for('vestnik.cache.data-pending');
holder[STORE] ??= new ByteLru<Stored>(env().DATA_CACHE_MB * 1024 * 1024);
holder[PENDING] ??= new Map<string, Promise<void>>();
const store = holder[STORE] as ByteLru<Stored>;
/** A read of a key being written waits for the write (the handler contract). */
const pending = holder[PENDING] as Map<string, Promise<void>>;

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

const handler = {
  async get(cacheKey: string, softTags: string[]): Promise<Entry | undefined> {
    await pending.get(cacheKey);
    const entry = store.get(cacheKey);
    if (!entry) return undefined;
    if (tagStore().expiredSince([...entry.tags, ...softTags], entry.timestamp)) {
      store.delete(cacheKey);
      return undefined;
    }
    const { bytes, ...rest } = entry;
    return { ...rest, value: streamOf(bytes) };
  },

  async set(cacheKey: string, pendingEntry: Promise<Entry>): Promise<void> {
    const write = (async () => {
      try {
        const { value, ...entry } = await pendingEntry;
        const bytes = new Uint8Array(await new Response(value).arrayBuffer());
        store.set(cacheKey, { ...entry, bytes }, bytes.byteLength + 256);
      } catch {
        // An interrupted value would render an incomplete page: keep nothing.
        store.delete(cacheKey);
      }
    })();
    pending.set(cacheKey, write);
    try {
      await write;
    } finally {
      if (pending.get(cacheKey) === write) pending.delete(cacheKey);
    }
  },

  async refreshTags(): Promise<void> {},

  async getExpiration(tags: string[]): Promise<number> {
    return tagStore().latest(tags);
  },

  async updateTags(tags: string[]): Promise<void> {
    tagStore().expire(tags);
  },
};

export default handler;
