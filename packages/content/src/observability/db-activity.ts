/**
 * What this process's database pools are doing, counted by @vestnik/db/client and read by the
 * metrics (./metrics.ts) when Prometheus scrapes. postgres.js publishes no pool statistics, so
 * the client counts what it can see itself: operations (a statement, or a whole transaction,
 * which holds one connection from BEGIN to COMMIT) from the moment they are awaited until they
 * settle; waiting for a free connection included. With `inFlight` at `size` the pool is full and
 * further queries queue.
 * It lives on globalThis: the site's Next bundle and its own server are separate module graphs
 * sharing one pool (sharedDatabase), and must share one count.
 */
export type PoolActivity = { inFlight: number; size: number };

const KEY = Symbol.for('vestnik.db.activity');
type Holder = { [KEY]?: Map<string, PoolActivity> };

/** The counts by pool name (the pool's application_name; pools of one name are summed). */
export function databaseActivity(): Map<string, PoolActivity> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

/** The counts of the pool `name`, created at size 0. */
export function poolActivity(name: string): PoolActivity {
  const pools = databaseActivity();
  let pool = pools.get(name);
  if (!pool) {
    pool = { inFlight: 0, size: 0 };
    pools.set(name, pool);
  }
  return pool;
}
