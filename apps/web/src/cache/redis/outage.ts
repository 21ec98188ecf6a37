/**
 * Whether Redis is usable, with one log line when an outage starts and one when it ends. Every
 * request that finds Redis away would otherwise log the same failure, hundreds of lines a second
 * from a busy site, burying the one sentence an operator needs.
 */

export type Log = (level: 'info' | 'warn', msg: string) => void;

export const jsonLog: Log = (level, msg) => {
  const line = JSON.stringify({ level, msg });
  if (level === 'warn') console.error(line);
  else console.log(line);
};

/**
 * After a failure, calls skip Redis for this long: a Redis that answers slowly would otherwise
 * cost every request the whole time-out. Connection-level outages are also ended early by the
 * client's own reconnect (`recovered`).
 */
const PAUSE_MS = 1000;

export type Outage = {
  /** False while a recent failure says not to wait on Redis. */
  usable(): boolean;
  failed(cause: unknown): void;
  recovered(): void;
};

export function createOutage(log: Log, now: () => number = Date.now): Outage {
  let down = false;
  let retryAt = 0;
  return {
    usable: () => !down || now() >= retryAt,
    failed(cause) {
      retryAt = now() + PAUSE_MS;
      if (down) return;
      down = true;
      log(
        'warn',
        `Redis is unreachable (${describe(cause)}): the site serves from its own memory and renders what it lacks until Redis is back.`,
      );
    },
    recovered() {
      if (!down) return;
      down = false;
      log('info', 'Redis is back: pages and tag expiries are shared again.');
    },
  };
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${cause.message}` : cause.message;
  }
  return String(cause);
}
