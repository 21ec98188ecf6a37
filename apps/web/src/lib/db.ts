import { sharedDatabase } from '@vestnik/db/client';
import { env } from '@/env';

/** The site only reads: it uses the replica when one is configured. */
export function readDb() {
  const { DATABASE_READ_URL, DATABASE_URL } = env();
  return sharedDatabase(DATABASE_READ_URL ?? DATABASE_URL, { applicationName: 'vestnik-web' });
}

/** Writes (view counts) always go to the primary. */
export function writeDb() {
  return sharedDatabase(env().DATABASE_URL, { applicationName: 'vestnik-web' });
}
