import { fileURLToPath } from 'node:url';
import { sql as raw } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { createDatabase } from './client.ts';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));

// Arbitrary constant shared by every process that migrates a Vestnik database.
const MIGRATION_LOCK_KEY = 7_343_001;

/**
 * Applies the committed SQL migrations. Idempotent: applied ones are recorded in
 * drizzle.__drizzle_migrations. It uses a one-connection pool so the session advisory lock and
 * the migration share a connection: concurrent starters (two instances, parallel test workers)
 * wait for each other instead of running the same migration twice.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const { db, close } = createDatabase(url, {
    max: 1,
    applicationName: 'vestnik-migrate',
    // A migration may rewrite a large table: it runs as long as it needs (advisory lock above).
    statementTimeoutMs: 0,
    // A migration that cannot do all it should (0007_roles without CREATEROLE) says so this way.
    onNotice: (notice) => {
      if (notice.severity === 'WARNING') console.warn(`PostgreSQL: ${notice.message}`);
    },
  });
  try {
    await db.execute(raw`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    await db.execute(raw`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
  } finally {
    await close();
  }
}
