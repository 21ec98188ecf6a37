import { settleWithin } from '@vestnik/content/deadline';
import { createDatabase } from './client.ts';

/**
 * Whether the database answers, known at any moment without waiting: a probe (`select 1`) runs
 * every `intervalMs` on a connection of its own and counts as failed after `timeoutMs`. The apps'
 * servers read it synchronously when a page fails or is late (503 instead of a hung or failed
 * request) and the readiness check reports it.
 *
 * Why a pool of its own with one connection: a frozen server (SIGSTOP, a network partition) keeps
 * TCP open and never answers, so each probe would hold a connection forever; on the app's pool a
 * probe a second would take every connection within seconds. Here at most one probe is in flight:
 * while it hangs, the database stays "down", and the next probe starts when it returns.
 */

export type DatabaseHealth = {
  /** The last probe failed, or the one in flight has taken longer than the time-out. */
  isDown(): boolean;
  /** The last finished probe: when, how long it took, and the error if it failed. */
  last(): ProbeResult | undefined;
  /** Runs a probe now (or joins the one in flight) and reports it, within the time-out. */
  check(): Promise<ProbeResult>;
  /** Called on every change between up and down (not on every probe). */
  onChange(listener: (down: boolean, result: ProbeResult) => void): void;
  stop(): Promise<void>;
};

/**
 * Long enough that a busy machine (a cold connection under load, a CI run) does not read as an
 * outage, short enough that a frozen database is known well before a request's 5 s are up.
 */
const DEFAULT_TIMEOUT_MS = 2000;
const STALL_TICK_MS = 100;
const STALL_MS = 500;

export type ProbeResult = { ok: boolean; ms: number; at: number; error?: string };

export type WatchOptions = {
  intervalMs?: number;
  timeoutMs?: number;
  applicationName?: string;
};

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: string }).code;
    return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

export function watchDatabase(url: string, options: WatchOptions = {}): DatabaseHealth {
  const intervalMs = options.intervalMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pool = createDatabase(url, {
    max: 1,
    applicationName: options.applicationName ?? 'vestnik-health',
    connectTimeoutSeconds: Math.max(1, Math.ceil(timeoutMs / 1000)),
    statementTimeoutMs: timeoutMs,
  });
  const listeners: ((down: boolean, result: ProbeResult) => void)[] = [];
  let inFlight: { promise: Promise<ProbeResult>; started: number } | undefined;
  let last: ProbeResult | undefined;
  let down = false;
  let stopped = false;

  const settle = (result: ProbeResult) => {
    last = result;
    if (!result.ok === down) return;
    down = !result.ok;
    for (const listener of listeners) listener(down, result);
  };

  const probe = (): Promise<ProbeResult> => {
    if (inFlight) return inFlight.promise;
    const started = Date.now();
    const promise = pool.sql`select 1`.then(
      (): ProbeResult => ({ ok: true, ms: Date.now() - started, at: Date.now() }),
      (error: unknown): ProbeResult => ({
        ok: false,
        ms: Date.now() - started,
        at: Date.now(),
        error: describe(error),
      }),
    );
    inFlight = { promise, started };
    void promise.then((result) => {
      inFlight = undefined;
      if (!stopped) settle(result);
    });
    return promise;
  };

  /**
   * A process busy for a while (Next loading its first pages, a CPU-starved machine) runs its
   * timers late and reads its sockets late: a probe then looks unanswered while the database is
   * fine. The loop's own lateness is watched, and a probe that overlapped a stall of more than
   * half a second is not taken as an outage (the next probe decides).
   */
  let lastStall = 0;
  let expected = Date.now() + STALL_TICK_MS;
  const stallWatch = setInterval(() => {
    const now = Date.now();
    if (now - expected > STALL_MS) lastStall = now;
    expected = now + STALL_TICK_MS;
  }, STALL_TICK_MS);
  stallWatch.unref?.();
  const unanswered = (started: number) => Date.now() - started > timeoutMs && lastStall < started;

  const late = (): ProbeResult => ({
    ok: false,
    ms: timeoutMs,
    at: Date.now(),
    error: `no answer within ${timeoutMs} ms`,
  });

  const check = (): Promise<ProbeResult> => {
    const running = probe();
    const started = inFlight?.started ?? Date.now();
    return settleWithin(running, timeoutMs, () => {
      const result = late();
      // The timer itself says the time-out has passed; only a stall can excuse the silence.
      if (!stopped && lastStall < started) settle(result);
      return result;
    });
  };

  const tick = setInterval(() => void check(), intervalMs);
  tick.unref?.();
  void check();

  return {
    isDown: () => down || (inFlight !== undefined && unanswered(inFlight.started)),
    last: () => last,
    check,
    onChange: (listener) => void listeners.push(listener),
    stop: async () => {
      stopped = true;
      clearInterval(tick);
      clearInterval(stallWatch);
      await pool.sql.end({ timeout: 1 }).catch(() => undefined);
    },
  };
}

/**
 * The watch's probe as a readiness check: resolves when the database answered, throws its reason
 * otherwise. Readiness asks the watch rather than the app's pool: a load balancer probing every
 * second must not pile requests onto the pool of a database that does not answer.
 */
export async function probed(health: DatabaseHealth): Promise<void> {
  const result = await health.check();
  if (!result.ok) throw new Error(result.error ?? 'the database did not answer');
}
