import type { Database } from '@vestnik/db/client';
import { pruneLoginAttempts } from '@vestnik/db/queries/login-attempts';

export type LoginAttemptsPruneOptions = { db: Database; intervalMs?: number };

const HOUR = 3_600_000;

/**
 * Every guess at a password adds a row to login_attempts, and the limits only ever read the last
 * hour of them: without this the table (and its three indexes) would grow with every attack for
 * ever. Once at start-up and then hourly, rows older than a day are deleted. The timer is unref'd
 * so it never keeps the process alive; several admin instances pruning the same rows is harmless.
 */
export function startLoginAttemptsPrune(options: LoginAttemptsPruneOptions): {
  stop: () => void;
  /** The run in progress (or the last one): tests wait on it. */
  idle: () => Promise<void>;
} {
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = pruneLoginAttempts(options.db).catch((error: unknown) => {
      // The database may be briefly away: the next tick tries again.
      console.error(
        JSON.stringify({ level: 'warn', msg: 'login attempts prune failed', error: String(error) }),
      );
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? HOUR);
  timer.unref();
  tick();
  return { stop: () => clearInterval(timer), idle: () => running };
}
