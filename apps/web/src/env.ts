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
  /** Redis, when the site uses one; /api/ready then checks it too. */
  REDIS_URL: z.preprocess(
    blankIsUnset,
    z.url({ message: 'REDIS_URL must be a redis:// or rediss:// URL' }).optional(),
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
