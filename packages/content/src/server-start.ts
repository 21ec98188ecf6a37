import type { Server } from 'node:http';
import { settleWithin } from './deadline.ts';

/**
 * What the site's and the admin's own servers do alike before and after Next.js runs: pick the
 * mode, read the configuration or stop with its message, and leave cleanly on a signal.
 */

/**
 * `--dev` on the command line means development. Sets NODE_ENV when unset, which must happen
 * before Next.js is first imported (the servers import it dynamically after this).
 */
export function serverMode(argv: readonly string[] = process.argv): { dev: boolean } {
  const dev = argv.includes('--dev');
  (process.env as Record<string, string>).NODE_ENV ??= dev ? 'development' : 'production';
  return { dev };
}

/** Prints the message and exits 1: a server that cannot start says why, without a stack. */
export function failStart(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The app's validated configuration, or exit with the validation's message. */
export function configOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    return failStart(error instanceof Error ? error.message : String(error));
  }
}

/** How long a stopping server lets requests in flight finish, then what it must do before exit. */
const DRAIN_MS = 10_000;
const BEFORE_EXIT_MS = 15_000;

/**
 * On SIGINT/SIGTERM, a graceful stop: stop taking connections (idle keep-alive ones are closed),
 * let the requests in flight finish (at most DRAIN_MS), then `beforeExit` (stop background work,
 * write what is still in memory, such as the view counts; at most BEFORE_EXIT_MS), then exit 0.
 * A second signal while stopping is ignored: a supervisor's repeated TERM must not cut the flush.
 */
export function exitOnSignals(server: Server, beforeExit?: () => void | Promise<void>): void {
  let stopping = false;
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await settleWithin(closed, DRAIN_MS, () => undefined);
    await settleWithin(Promise.resolve().then(beforeExit), BEFORE_EXIT_MS, () => undefined);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('Stopping failed:', error);
          process.exit(1);
        },
      );
    });
  }
}
