import { createDatabase } from '@vestnik/db/client';

let handle: ReturnType<typeof createDatabase> | undefined;

/** The e2e database (prepared by scripts/run-e2e.ts), for factories. */
export function testDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run the suite with `pnpm e2e`.');
  handle ??= createDatabase(url, { max: 2, applicationName: 'vestnik-e2e' });
  return handle.db;
}
