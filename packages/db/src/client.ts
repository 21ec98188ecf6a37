import { type PoolActivity, poolActivity } from '@vestnik/content/observability/db-activity';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Database = ReturnType<typeof createDatabase>['db'];

export type DatabaseOptions = {
  /** Pool size; the same defaults apply to the embedded server and to any other PostgreSQL. */
  max?: number;
  applicationName?: string;
  /** Server notices and warnings; dropped by default. */
  onNotice?: (notice: postgres.Notice) => void;
  /**
   * `synchronous_commit = off` for this pool: a commit does not wait for the WAL flush. Only for
   * work that can simply be run again (the archive import, keyed so that a re-run completes it):
   * a crash may lose the last moments of commits, never consistency.
   */
  asyncCommit?: boolean;
  /**
   * `vestnik.defer_article_days = on` for this pool: the article_days triggers append to
   * article_days_pending instead of locking the day's counter (migration 0009); the writer must
   * call flushArticleDays (queries/article-days.ts) when it is done, and from time to time.
   */
  deferArticleDays?: boolean;
  /**
   * Longest a statement may run before the server cancels it (`statement_timeout`); 0 = no limit,
   * for tools an operator runs (migrations, the generator, imports), never for a pool that serves
   * requests: a request must fail in seconds, not hold a connection while readers wait.
   */
  statementTimeoutMs?: number;
  /** Seconds to open a connection (TCP + start-up) before giving up. */
  connectTimeoutSeconds?: number;
};

/** What a pool gets unless it says otherwise (see statementTimeoutMs). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
/**
 * A transaction left idle by a stuck or killed request is ended by the server after this long,
 * so its row locks cannot block editors' saves indefinitely.
 */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * Counts the pool's operations in `activity` (see @vestnik/content/observability/db-activity):
 * drizzle runs every statement through `unsafe` and every transaction through `begin`. A query is
 * counted from its first `then` (when it is awaited, i.e. sent or queued) and not when built, so
 * that a query object never awaited is not counted, and nothing about when it runs changes.
 */
function countActivity(sql: postgres.Sql, activity: PoolActivity): void {
  const settle = () => {
    activity.inFlight -= 1;
  };
  const unsafe = sql.unsafe;
  sql.unsafe = ((...args: Parameters<typeof unsafe>) => {
    const query = unsafe(...args);
    const then = query.then;
    let counted = false;
    // biome-ignore lint/suspicious/noThenProperty: it wraps the query's own (lazy) then.
    query.then = function countedThen(this: typeof query, ...thenArgs: unknown[]) {
      if (!counted) {
        counted = true;
        activity.inFlight += 1;
        then.call(this, settle, settle);
      }
      return then.apply(this, thenArgs as Parameters<typeof then>);
    } as typeof then;
    return query;
  }) as typeof unsafe;
  const begin = sql.begin;
  sql.begin = ((...args: Parameters<typeof begin>) => {
    activity.inFlight += 1;
    const transaction = begin(...args);
    transaction.then(settle, settle);
    return transaction;
  }) as typeof begin;
}

export function createDatabase(url: string, options: DatabaseOptions = {}) {
  const max = options.max ?? 10;
  const sql = postgres(url, {
    max,
    idle_timeout: 30,
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    // Notices (e.g. "relation already exists, skipping") are noise in the apps' logs.
    onnotice: options.onNotice ?? (() => {}),
    connection: {
      application_name: options.applicationName ?? 'vestnik',
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      ...(options.asyncCommit ? { synchronous_commit: 'off' } : {}),
      ...(options.deferArticleDays ? { 'vestnik.defer_article_days': 'on' } : {}),
    },
  });
  const activity = poolActivity(options.applicationName ?? 'vestnik');
  activity.size += max;
  countActivity(sql, activity);
  const db = drizzle(sql, { schema });
  let closed = false;
  const close = () => {
    if (!closed) activity.size -= max;
    closed = true;
    return sql.end({ timeout: 5 });
  };
  return { db, sql, close };
}

type Holder = { __vestnikDatabases?: Map<string, ReturnType<typeof createDatabase>> };

/**
 * One pool per URL per process. Kept on globalThis because Next.js dev reloads modules, and a
 * new pool per reload would exhaust the server's connections within minutes.
 */
export function sharedDatabase(url: string, options: DatabaseOptions = {}): Database {
  const holder = globalThis as Holder;
  holder.__vestnikDatabases ??= new Map();
  let entry = holder.__vestnikDatabases.get(url);
  if (!entry) {
    entry = createDatabase(url, options);
    holder.__vestnikDatabases.set(url, entry);
  }
  return entry.db;
}
