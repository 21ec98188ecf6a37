import path from 'node:path';
import { z } from 'zod';
import { proxyTrustEnv, proxyTrustProblem } from './request.ts';

/**
 * What the site and the admin read alike from the environment, validated the same way in both
 * (a time zone the site refuses must not be one the admin accepts). Each app's `src/env.ts`
 * extends it with its own variables; its server checks the result at start-up
 * (`configOrExit` in ./server-start.ts) and stops with a sentence naming the variable.
 */

/** `NAME=` (as a copied .env.example leaves it) means unset, not 0. */
export const blankIsUnset = (value: unknown) => (value === '' ? undefined : value);

/** A TCP port, `name` in the message. */
export const portEnv = (name: string, fallback: number) =>
  z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ message: `${name} must be a port number` })
      .int(`${name} must be a port number`)
      .min(1, `${name} must be a port number`)
      .max(65_535, `${name} must be a port number`)
      .default(fallback),
  );

/** A size in megabytes for an in-memory cache. */
export const megabytesEnv = (name: string, fallback: number) =>
  z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ message: `${name} must be a number of megabytes` })
      .int(`${name} must be a whole number of megabytes`)
      .min(1, `${name} must be at least 1 (megabyte)`)
      .default(fallback),
  );

/** `PURGE_URLS`: HTTP caches purged by key, a comma-separated list of URLs (both apps read it). */
export const purgeUrlsEnv = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ message: 'PURGE_URLS must be a comma-separated list of URLs' })));

/** pino's levels; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What the apps' servers log and who may scrape their metrics (see ./observability.ts). */
export const observabilityEnv = {
  LOG_LEVEL: z.preprocess(
    blankIsUnset,
    z
      .enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
  ),
  /**
   * The bearer token Prometheus sends for /metrics; unset, /metrics answers 404. At least 16
   * characters: the endpoint is on the public port, and a short token is a guessable one.
   */
  METRICS_TOKEN: z.preprocess(
    blankIsUnset,
    z
      .string()
      .min(16, 'METRICS_TOKEN must be at least 16 characters (openssl rand -base64 32)')
      .optional(),
  ),
};

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('ru', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const baseEnv = z.object({
  /** The owner's URL: used only when the app's own login is unset (deployments before the roles). */
  DATABASE_URL: z.url({ message: 'DATABASE_URL must be a postgres:// URL' }).optional(),
  SITE_URL: z
    .url({ message: 'SITE_URL must be a URL such as https://vestnik.kz' })
    .default('http://localhost:3000'),
  SITE_TIMEZONE: z
    .string()
    .default('Asia/Almaty')
    .refine(isTimeZone, 'SITE_TIMEZONE must be an IANA time zone such as Asia/Almaty'),
  // Both apps run from their own directory, so this default is one media store for both.
  MEDIA_DIR: z.string().default(path.resolve(process.cwd(), '../../.data/media')),
  REVALIDATE_SECRET: z
    .string()
    .min(16, 'REVALIDATE_SECRET must be at least 16 characters')
    .optional(),
  PREVIEW_SECRET: z.string().min(16, 'PREVIEW_SECRET must be at least 16 characters').optional(),
  /** HTTP caches in front of the site (Varnish, a CDN) purged by key after public changes. */
  PURGE_URLS: purgeUrlsEnv,
  /** The listening address: loopback unless a proxy on another host must reach the app. */
  HOST: z
    .string()
    .trim()
    .default('')
    .transform((host) => host || '127.0.0.1'),
  ...proxyTrustEnv,
});

/**
 * Validates `source` (process.env) against an app's schema, or throws one error naming every bad
 * variable: "Invalid environment for the admin — SITE_TIMEZONE: … ".
 */
export function loadEnv<S extends z.ZodType<z.infer<typeof baseEnv>>>(
  app: string,
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment for the ${app} — ${problems.join('; ')}`);
  }
  const proxies = proxyTrustProblem(parsed.data);
  if (proxies) throw new Error(`Invalid environment for the ${app} — ${proxies}`);
  return parsed.data;
}
