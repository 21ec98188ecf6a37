import { sharedDatabase } from '@vestnik/db/client';
import { env, primaryDatabaseUrl } from '@/env';

function primaryUrl(): string {
  const url = primaryDatabaseUrl();
  if (!url) {
    throw new Error(
      'SITE_DATABASE_URL (or DATABASE_URL) is not set: the site needs a PostgreSQL database.',
    );
  }
  return url;
}

/** The site only reads: it uses the replica when one is configured. */
export function readDb() {
  const url = env().DATABASE_READ_URL ?? primaryUrl();
  return sharedDatabase(url, { applicationName: 'vestnik-web' });
}

/** Writes (view counts) always go to the primary. */
export function writeDb() {
  return sharedDatabase(primaryUrl(), { applicationName: 'vestnik-web' });
}
