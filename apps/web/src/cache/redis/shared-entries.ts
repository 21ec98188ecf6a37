import type { RedisConnection } from './connection.ts';
import { MAX_ENTRY_SECONDS } from './tag-scripts.ts';

/**
 * One kind of entry (pages, cached reads) in Redis, as bytes under `<prefix><kind>:<key>`, each
 * with a TTL so that Redis forgets what nobody reads. A get that finds Redis away or slow is a
 * miss and a set a no-op: the caller has its own memory and can always render.
 */
export type SharedEntries = {
  get(key: string): Promise<Buffer | undefined>;
  set(key: string, bytes: Buffer, seconds: number): Promise<void>;
  delete(key: string): Promise<void>;
};

export function sharedEntries(redis: RedisConnection, kind: string): SharedEntries {
  const keyOf = (key: string) => `${redis.prefix}${kind}:${key}`;
  return {
    async get(key) {
      return (await redis.command<Buffer | null>(['GET', keyOf(key)], true)) ?? undefined;
    },
    async set(key, bytes, seconds) {
      const ttl = Math.max(1, Math.min(Math.ceil(seconds), MAX_ENTRY_SECONDS));
      await redis.command(['SET', keyOf(key), bytes, 'EX', String(ttl)]);
    },
    async delete(key) {
      await redis.command(['DEL', keyOf(key)]);
    },
  };
}
