export type AppName = 'web' | 'admin';

/** Only the admin signs sessions and logs in as vestnik_admin. */
const ADMIN_ONLY = [
  'AUTH_SECRET',
  'AUTH_URL',
  'AUTH_TRUST_HOST',
  'ADMIN_DATABASE_URL',
  'IMPORT_DIR',
  'IMPORT_MAX_MB',
  'TEST_DATA_API',
];
/**
 * Only the site reads through these. The admin never touches the shared cache on Redis: it
 * expires tags by asking the site (POST /api/revalidate), so it is not given a way in.
 */
const SITE_ONLY = [
  'SITE_DATABASE_URL',
  'DATABASE_READ_URL',
  'PAGE_CACHE_MB',
  'DATA_CACHE_MB',
  'COMPRESSED_CACHE_MB',
  'REDIS_URL',
  'REDIS_PREFIX',
  'VIEWS_PER_ADDRESS_PER_MINUTE',
];
const OWN_URL: Record<AppName, string> = {
  web: 'SITE_DATABASE_URL',
  admin: 'ADMIN_DATABASE_URL',
};

/**
 * The environment one app is started with, from the launcher's: what the other app alone needs
 * is left out (the site never sees AUTH_SECRET: whoever takes over the public process must not
 * be able to sign admin sessions), and so is the owner's DATABASE_URL when the app has its own
 * login (it falls back to DATABASE_URL only when it has none). TEST_DATABASE_URL, a test
 * server's superuser, is never an app's.
 */
export function appEnv(app: AppName, env: NodeJS.ProcessEnv): Record<string, string> {
  const leftOut = new Set(app === 'web' ? ADMIN_ONLY : SITE_ONLY);
  leftOut.add('TEST_DATABASE_URL');
  if (env[OWN_URL[app]]) leftOut.add('DATABASE_URL');
  const kept = Object.entries(env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && !leftOut.has(entry[0]),
  );
  return Object.fromEntries(kept);
}
