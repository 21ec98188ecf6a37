import { type DatabaseOptions, sharedDatabase } from '@vestnik/db/client';
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

/**
 * Every pool of the site process (pages, view counts, the publish watcher): a reader's request
 * must answer within 5 s, so no statement may run longer (server/main.ts turns a failure while
 * the database is away into a 503).
 */
export const SITE_POOL: DatabaseOptions = {
  applicationName: 'vestnik-web',
  statementTimeoutMs: 4000,
  connectTimeoutSeconds: 3,
};

/** The site only reads: it uses the replica when one is configured. */
export function readDb() {
  const url = env().DATABASE_READ_URL ?? primaryUrl();
  return sharedDatabase(url, SITE_POOL);
}

/** Writes (view counts) always go to the primary. */
export function writeDb() {
  return sharedDatabase(primaryUrl(), SITE_POOL);
}

/**
 * A read that may miss because the replica is behind: "not found" there is asked again of the
 * primary, so an article published a moment ago never answers 404 for replication lag (and the
 * 404 would then be cached for seconds). Hits, the common case, stay on the replica. Returns the
 * database that answered, for the reads that must follow from the same one.
 */
export async function readOrPrimary<T>(
  read: (db: ReturnType<typeof readDb>) => Promise<T>,
  isMiss: (value: T) => boolean,
): Promise<{ value: T; db: ReturnType<typeof readDb> }> {
  const replica = readDb();
  const value = await read(replica);
  if (!isMiss(value) || !env().DATABASE_READ_URL) return { value, db: replica };
  const primary = writeDb();
  return { value: await read(primary), db: primary };
}
