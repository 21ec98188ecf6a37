import {
  baseEnv,
  blankIsUnset,
  loadEnv,
  megabytesEnv,
  observabilityEnv,
  portEnv,
} from '@vestnik/content/env';
import { z } from 'zod';

/** The site's variables: the shared base (@vestnik/content/env) and its own. */
const schema = baseEnv.extend({
  // Optional here so that `next build` (which has no database) can read the rest; the server
  // refuses to start without one of them (src/server/main.ts), and readDb() names them.
  /** The site's own login (a member of vestnik_site: reads, and the view counter's writes). */
  SITE_DATABASE_URL: z.url({ message: 'SITE_DATABASE_URL must be a postgres:// URL' }).optional(),
  DATABASE_READ_URL: z.url({ message: 'DATABASE_READ_URL must be a postgres:// URL' }).optional(),
  SITE_NAME: z.string().min(1).default('Вестник'),
  WEB_PORT: portEnv('WEB_PORT', 3000),
  /** Memory of the page cache, the data cache and the gzipped stored pages (src/cache, server). */
  PAGE_CACHE_MB: megabytesEnv('PAGE_CACHE_MB', 512),
  DATA_CACHE_MB: megabytesEnv('DATA_CACHE_MB', 256),
  COMPRESSED_CACHE_MB: megabytesEnv('COMPRESSED_CACHE_MB', 128),
  /**
   * One page and data cache for every site instance, and tag expiry that reaches all of them
   * (src/cache/redis). Unset: each process caches in its own memory, all a single instance needs.
   */
  REDIS_URL: z.preprocess(
    blankIsUnset,
    z
      .url({ protocol: /^rediss?$/, message: 'REDIS_URL must be a redis:// or rediss:// URL' })
      .optional(),
  ),
  /** Put before every key and channel, so several sites (or test runs) can share one Redis. */
  REDIS_PREFIX: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^[\w:.-]{1,64}$/, 'REDIS_PREFIX must be 1 to 64 letters, digits or : _ . -')
      .default('vestnik:'),
  ),
  /**
   * Views one client address may add a minute, across articles (lib/views/view-gate.ts): bounds a
   * script that takes a new reader cookie for every request. Raise it where many readers share
   * one address (a carrier's NAT in front of a whole city), or for a test suite that reads from
   * one address.
   */
  VIEWS_PER_ADDRESS_PER_MINUTE: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ message: 'VIEWS_PER_ADDRESS_PER_MINUTE must be a whole number of views' })
      .int('VIEWS_PER_ADDRESS_PER_MINUTE must be a whole number of views')
      .min(1, 'VIEWS_PER_ADDRESS_PER_MINUTE must be at least 1')
      .default(120),
  ),
  /**
   * Pages one site process renders at once (src/cache/render-slots.ts); further misses wait their
   * turn, hits never do. Four keep a core busy while renders wait for the database.
   */
  RENDER_CONCURRENCY: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ message: 'RENDER_CONCURRENCY must be a whole number of renders' })
      .int('RENDER_CONCURRENCY must be a whole number of renders')
      .min(1, 'RENDER_CONCURRENCY must be at least 1')
      .max(64, 'RENDER_CONCURRENCY must be at most 64')
      .default(4),
  ),
  ...observabilityEnv,
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/**
 * The only reader of process.env in the site. The server checks it before it listens
 * (src/server/main.ts); `next build` reads it lazily and needs no database.
 */
export function env(): Env {
  cached ??= loadEnv('site', schema);
  return cached;
}

/** Where the site writes (view counts) and reads without a replica: its own login, else the owner's. */
export function primaryDatabaseUrl(config: Env = env()): string | undefined {
  return config.SITE_DATABASE_URL ?? config.DATABASE_URL;
}
