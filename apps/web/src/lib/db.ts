import { sharedDatabase } from '@vestnik/db/client';
import { env } from '@/env';

function primaryUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: the site needs a PostgreSQL database.');
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
