import net from 'node:net';
import path from 'node:path';
import { purgeUrlsEnv } from '@vestnik/cache/env';
import { z } from 'zod';

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** "10.0.0.0/8" or a single address; the check the client-address resolver relies on. */
const isCidr = (value: string) => {
  const [address = '', bits, extra] = value.split('/');
  const family = net.isIP(address);
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
};

const schema = z.object({
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }),
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
  /**
   * How many reverse proxies of ours stand in front of the admin. 0 (the default): the client is
   * the socket peer and X-Forwarded-For is ignored, since any client can write it.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10' })
    .int('TRUSTED_PROXY_HOPS must be a whole number from 0 to 10')
    .min(0, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10')
    .max(10, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10')
    .default(0),
  /** Alternatively: the addresses/networks of our proxies (comma-separated CIDRs). */
  TRUSTED_PROXY_CIDRS: z
    .string()
    .default('')
    .transform(list)
    .refine((items) => items.every(isCidr), {
      message:
        'TRUSTED_PROXY_CIDRS must be a comma-separated list of addresses or networks, e.g. 10.0.0.0/8,::1',
    }),
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
  if (parsed.data.TRUSTED_PROXY_HOPS > 0 && parsed.data.TRUSTED_PROXY_CIDRS.length > 0) {
    throw new Error(
      'Invalid environment for the admin — set TRUSTED_PROXY_HOPS or TRUSTED_PROXY_CIDRS, not both',
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
