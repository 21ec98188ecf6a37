import path from 'node:path';
import {
  baseEnv,
  blankIsUnset,
  loadEnv,
  megabytesEnv,
  observabilityEnv,
  portEnv,
} from '@vestnik/content/env';
import { z } from 'zod';

/** The admin's variables: the shared base (@vestnik/content/env) and its own. */
const schema = baseEnv
  .extend({
    /** The admin's own login (a member of vestnik_admin: rows of every table, no DDL). */
    ADMIN_DATABASE_URL: z
      .url({ message: 'ADMIN_DATABASE_URL must be a postgres:// URL' })
      .optional(),
    AUTH_SECRET: z
      .string({ message: 'AUTH_SECRET must be set (openssl rand -base64 32)' })
      .min(32, 'AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)'),
    ADMIN_URL: z
      .url({ message: 'ADMIN_URL must be a URL such as https://admin.vestnik.kz' })
      .default('http://localhost:3001'),
    ADMIN_PORT: portEnv('ADMIN_PORT', 3001),
    /** Where files uploaded on the «Импорт» page wait for (and after) their import. */
    IMPORT_DIR: z.string().default(path.resolve(process.cwd(), '../../.data/imports')),
    /** The largest export the «Импорт» page accepts, in megabytes. */
    IMPORT_MAX_MB: megabytesEnv('IMPORT_MAX_MB', 2048),
    ...observabilityEnv,
    /**
     * What kind of deployment this is. Unset means production: whatever is not declared a test,
     * staging or development deployment is treated as one that holds real readers' news.
     */
    VESTNIK_ENV: z.preprocess(
      blankIsUnset,
      z
        .enum(['production', 'staging', 'test', 'development'], {
          message: 'VESTNIK_ENV must be production, staging, test or development',
        })
        .default('production'),
    ),
    /**
     * `on` opens the test-data API (/api/test-data/…, admins only) that the Playwright suite
     * creates its articles, rubrics and users through when it runs against a deployment.
     */
    TEST_DATA_API: z.preprocess(
      blankIsUnset,
      z.enum(['on', 'off'], { message: 'TEST_DATA_API must be on or off' }).default('off'),
    ),
  })
  .refine((values) => values.ADMIN_DATABASE_URL || values.DATABASE_URL, {
    message: 'ADMIN_DATABASE_URL (or DATABASE_URL) must be set',
    path: ['ADMIN_DATABASE_URL'],
  })
  .refine((values) => values.TEST_DATA_API === 'off' || values.VESTNIK_ENV !== 'production', {
    message:
      'TEST_DATA_API=on is refused in production: it lets an admin create test rows on the ' +
      'public site. Set VESTNIK_ENV=staging (or test, development) on a deployment meant for tests',
    path: ['TEST_DATA_API'],
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/**
 * The only reader of process.env in the admin. The server checks it before it listens
 * (src/server/main.ts); `next build` reads it lazily and needs no secrets.
 */
export function env(): Env {
  cached ??= loadEnv('admin', schema);
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
