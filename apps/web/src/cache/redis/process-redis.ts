import { env } from '../../env.ts';
import { connectRedis, type RedisConnection } from './connection.ts';
import { jsonLog } from './outage.ts';

const key = Symbol.for('vestnik.cache.redis');
type Holder = { [key]?: RedisConnection | null };

/**
 * This process's connection to the shared cache, or null without REDIS_URL (then every cache is
 * the process's memory, as on a laptop). On globalThis for the same reason as the tag store: Next
 * loads the cache handlers apart from the app, and one process needs one connection.
 */
export function processRedis(): RedisConnection | null {
  const holder = globalThis as Holder;
  if (holder[key] === undefined) {
    const { REDIS_URL, REDIS_PREFIX } = env();
    holder[key] = REDIS_URL ? connectRedis({ url: REDIS_URL, prefix: REDIS_PREFIX }) : null;
    // The host only: the URL may carry a password.
    if (REDIS_URL)
      jsonLog(
        'info',
        `Pages, cached reads and tag expiries are shared through Redis at ${new URL(REDIS_URL).host} (keys ${REDIS_PREFIX}*).`,
      );
  }
  return holder[key];
}
