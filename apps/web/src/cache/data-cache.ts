import type { ByteLru } from './lru.ts';
import type { OvertakenReads } from './overtaken-reads.ts';
import { dataKey, decodeData, encodeData, type StoredData } from './redis/data-record.ts';
import type { SharedEntries } from './redis/shared-entries.ts';
import type { TagStore } from './tag-store.ts';

/**
 * Results of the site's cached reads (`'use cache'`), in the same two tiers as whole pages (see
 * page-cache.ts): this process's memory, bounded in bytes, then Redis when there is one; both
 * expired through the tag store.
 */

type Entry = Omit<StoredData, 'bytes'> & { value: ReadableStream<Uint8Array> };

export type DataCacheParts = {
  local: ByteLru<StoredData>;
  tags: TagStore;
  overtaken: OvertakenReads;
  shared?: { entries: SharedEntries; usable(): boolean };
};

function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export function createDataCache({ local, tags, overtaken, shared }: DataCacheParts) {
  /** A read of a key being written waits for the write (the handler contract). */
  const pending = new Map<string, Promise<StoredData | undefined>>();
  const fresh = (entry: StoredData, softTags: string[]) =>
    !tags.expiredSince([...entry.tags, ...softTags], entry.timestamp);

  async function find(cacheKey: string, softTags: string[]) {
    const entry = local.get(cacheKey);
    if (entry && fresh(entry, softTags)) return entry;
    if (entry) local.delete(cacheKey);
    if (!shared?.usable()) return undefined;
    const bytes = await shared.entries.get(dataKey(cacheKey));
    const found = bytes && decodeData(bytes);
    if (!found || !fresh(found, softTags)) return undefined;
    local.set(cacheKey, found, found.bytes.byteLength + 256);
    return found;
  }

  async function read(pendingEntry: Promise<Entry>): Promise<StoredData | undefined> {
    try {
      const { value, ...entry } = await pendingEntry;
      const bytes = new Uint8Array(await new Response(value).arrayBuffer());
      // Next stamps with this process's clock; stored entries are in the tag store's. A read
      // that ran inside another (nested caches) may have joined an overtaken one.
      const timestamp = overtaken.validFrom(entry.timestamp + tags.clockOffset());
      return { ...entry, timestamp, bytes };
    } catch {
      // An interrupted value would render an incomplete page: keep nothing.
      return undefined;
    }
  }

  return {
    async get(cacheKey: string, softTags: string[]): Promise<Entry | undefined> {
      await pending.get(cacheKey);
      const entry = await find(cacheKey, softTags);
      if (!entry) return undefined;
      const { bytes, ...rest } = entry;
      return { ...rest, timestamp: rest.timestamp - tags.clockOffset(), value: streamOf(bytes) };
    },

    async set(cacheKey: string, pendingEntry: Promise<Entry>): Promise<void> {
      const write = read(pendingEntry).then((stored) => {
        if (stored) local.set(cacheKey, stored, stored.bytes.byteLength + 256);
        else local.delete(cacheKey);
        return stored;
      });
      pending.set(cacheKey, write);
      const stored = await write.finally(() => {
        if (pending.get(cacheKey) === write) pending.delete(cacheKey);
      });
      // After the local write: a reader here need not wait for Redis.
      if (stored && shared?.usable() && fresh(stored, [])) {
        await shared.entries.set(dataKey(cacheKey), encodeData(stored), stored.expire);
      }
      // Next keeps the read open to joiners until this write ends: note it only now.
      if (stored && !fresh(stored, [])) overtaken.note(stored.timestamp, tags.now());
    },

    async refreshTags(): Promise<void> {},

    async getExpiration(expired: string[]): Promise<number> {
      const latest = tags.latest(expired);
      return latest === 0 ? 0 : latest - tags.clockOffset();
    },

    async updateTags(expired: string[]): Promise<void> {
      await tags.expire(expired);
    },
  };
}
