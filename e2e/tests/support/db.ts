import { createDatabase } from '@vestnik/db/client';

let handle: ReturnType<typeof createDatabase> | undefined;

function open() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the suite with `pnpm e2e`.');
  handle ??= createDatabase(url, { max: 2, applicationName: 'vestnik-e2e' });
  return handle;
}

/** The e2e database (prepared by scripts/run-e2e.ts) as its owner, for factories. */
export function testDb() {
  return open().db;
}

/** The same connection for a statement of the test's own (tagged template, postgres.js). */
export function testSql() {
  return open().sql;
}
