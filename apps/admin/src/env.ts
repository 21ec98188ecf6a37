import path from 'node:path';
import { purgeUrlsEnv } from '@vestnik/cache/env';
import { proxyTrustEnv, proxyTrustProblem } from '@vestnik/content/request';
import { z } from 'zod';

const schema = z.object({
  /** The admin's own login (a member of vestnik_admin: rows of every table, no DDL). */
  ADMIN_DATABASE_URL: z.url({ message: 'ADMIN_DATABASE_URL must be a postgres:// URL' }).optional(),
  /** The owner's URL: used only when ADMIN_DATABASE_URL is unset (deployments before the roles). */
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }).optional(),
  AUTH_SECRET: z
    .string()
    .min(32, 'AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)'),
  SITE_URL: z.url().default('http://localhost:3000'),
  ADMIN_URL: z.url().default('http://localhost:3001'),
  ADMIN_PORT: z.coerce
    .number({ message: 'ADMIN_PORT must be a port number' })
    .int('ADMIN_PORT must be a port number')
    .min(1, 'ADMIN_PORT must be a port number')
    .max(65_535, 'ADMIN_PORT must be a port number')
    .default(3001),
  SITE_TIMEZONE: z.string().default('Asia/Almaty'),
  REVALIDATE_SECRET: z
    .string()
    .min(16, 'REVALIDATE_SECRET must be at least 16 characters')
    .optional(),
  PREVIEW_SECRET: z.string().min(16, 'PREVIEW_SECRET must be at least 16 characters').optional(),
  // Same default as the site (apps run from their own directory), so both see one media store.
  MEDIA_DIR: z.string().default(path.resolve(process.cwd(), '../../.data/media')),
  /** HTTP caches in front of the site (Varnish, a CDN) purged by key after every public change. */
  PURGE_URLS: purgeUrlsEnv,
  ...proxyTrustEnv,
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/**
 * The only reader of process.env in the admin, validated on first use (at request time, so that
 * `next build` needs no secrets); a bad value fails with a sentence naming the variable.
 */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment for the admin — ${problems.join('; ')}`);
  }
  const proxies = proxyTrustProblem(parsed.data);
  if (proxies) throw new Error(`Invalid environment for the admin — ${proxies}`);
  if (!parsed.data.ADMIN_DATABASE_URL && !parsed.data.DATABASE_URL) {
    throw new Error(
      'Invalid environment for the admin — ADMIN_DATABASE_URL (or DATABASE_URL) must be set',
    );
  }
  cached = parsed.data;
  return cached;
}

/**
 * Whether the admin is served over https, as ADMIN_URL declares: then the session cookie is
 * `__Host-` prefixed and Secure, and responses carry HSTS.
 */
export function servedOverHttps(): boolean {
  return env().ADMIN_URL.startsWith('https:');
}

/** The admin's database: its own login, else the owner's (env() checked that one is set). */
export function databaseUrl(config: Env = env()): string {
  return (config.ADMIN_DATABASE_URL ?? config.DATABASE_URL)!;
}
