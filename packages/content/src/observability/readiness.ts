import { settleWithin } from '../deadline.ts';

/**
 * Readiness: whether this instance can do its work now, as opposed to liveness (the process
 * answers at all). Each dependency is checked with a deadline: a database that does not answer
 * within it counts as down, so a load balancer's probe gets its answer in time instead of
 * timing out itself. Reasons stay in the log (`onFailure`); the public answer says only which
 * check failed, never a host name or a driver's message.
 */

/** A check; `signal` fires at the deadline, for checks that can stop their work then. */
export type ReadinessCheck = (signal: AbortSignal) => Promise<unknown>;

export type CheckResult = { ok: boolean; ms: number; error?: 'timeout' | 'failed' };
export type Readiness = { ok: boolean; checks: Record<string, CheckResult> };

class Timeout extends Error {}

async function runCheck(
  check: ReadinessCheck,
  timeoutMs: number,
  onFailure: (error: unknown) => void,
): Promise<CheckResult> {
  const started = performance.now();
  const controller = new AbortController();
  try {
    await settleWithin(check(controller.signal), timeoutMs, (): never => {
      // The deadline first, the abort after it: a check that settles when aborted must not win.
      queueMicrotask(() => controller.abort());
      throw new Timeout(`no answer within ${timeoutMs} ms`);
    });
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    onFailure(error);
    const ms = Math.round(performance.now() - started);
    return { ok: false, ms, error: error instanceof Timeout ? 'timeout' : 'failed' };
  }
}

/** Runs the checks side by side; ready when every one passed within `timeoutMs`. */
export async function checkReadiness(
  checks: Record<string, ReadinessCheck>,
  timeoutMs: number,
  onFailure: (name: string, error: unknown) => void = () => {},
): Promise<Readiness> {
  const names = Object.keys(checks);
  const results = await Promise.all(
    names.map((name) => runCheck(checks[name]!, timeoutMs, (error) => onFailure(name, error))),
  );
  return {
    ok: results.every((result) => result.ok),
    checks: Object.fromEntries(names.map((name, i) => [name, results[i]!])),
  };
}
