import path from 'node:path';
import { purgeUrlsEnv } from '@vestnik/cache/env';
import { proxyTrustEnv, proxyTrustProblem } from '@vestnik/content/request';
import { z } from 'zod';

const schema = z.object({
  // Optional here so that `next build` (which has no database) can read the rest; the server
  // refuses to start without one of them (src/server/main.ts), and readDb() names them.
  /** The site's own login (a member of vestnik_site: reads, and the view counter's writes). */
  SITE_DATABASE_URL: z.url({ message: 'SITE_DATABASE_URL must be a postgres:// URL' }).optional(),
  /** The owner's URL: used only when SITE_DATABASE_URL is unset (deployments before the roles). */
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }).optional(),
  DATABASE_READ_URL: z.url().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Вестник'),
  SITE_TIMEZONE: z
    .string()
    .default('Asia/Almaty')
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('ru', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'SITE_TIMEZONE must be an IANA time zone such as Asia/Almaty'),
  MEDIA_DIR: z.string().default(path.resolve(process.cwd(), '../../.data/media')),
  REVALIDATE_SECRET: z
    .string()
    .min(16, 'REVALIDATE_SECRET must be at least 16 characters')
    .optional(),
  PREVIEW_SECRET: z.string().min(16, 'PREVIEW_SECRET must be at least 16 characters').optional(),
  // Which proxies in front are ours (Varnish: TRUSTED_PROXY_HOPS=1): how far X-Forwarded-For is
  // believed for the view counter's limits.
  ...proxyTrustEnv,
  /** HTTP caches to purge by key when the publish watcher sees a scheduled article go live. */
  PURGE_URLS: purgeUrlsEnv,
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/**
 * The only reader of process.env in the site. Validated on first use (at request time, not at
 * build time, so `next build` needs no database); a bad value fails with a sentence naming it.
 */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment for the site — ${problems.join('; ')}`);
  }
  const proxies = proxyTrustProblem(parsed.data);
  if (proxies) throw new Error(`Invalid environment for the site — ${proxies}`);
  cached = parsed.data;
  return cached;
}

/** Where the site writes (view counts) and reads without a replica: its own login, else the owner's. */
export function primaryDatabaseUrl(config: Env = env()): string | undefined {
  return config.SITE_DATABASE_URL ?? config.DATABASE_URL;
}
