import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';

export type CountActiveQueriesParams = { applicationName: string };

/**
 * Statements of one application running in this database right now (other sessions only). The
 * bench waits for none before it measures: a site waiting on the database uses no CPU, yet the
 * next request would queue behind it.
 */
export async function countActiveQueries(
  db: Database,
  params: CountActiveQueriesParams,
): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from pg_stat_activity
    where datname = current_database() and application_name = ${params.applicationName}
      and state <> 'idle' and pid <> pg_backend_pid()`);
  return row?.n ?? 0;
}
