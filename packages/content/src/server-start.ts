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

/**
 * Idle keep-alive connections outlive the proxies' own: Varnish's `backend_idle_timeout`, nginx's
 * upstream `keepalive_timeout` and cloud load balancers keep an idle connection to us for 60 s.
 * With Node's 5 s the server closes connections the proxy is about to reuse: Varnish retries a
 * GET once, but a POST (the view beacon, an editor's save through a balancer) fails with a 502/503,
 * and clients that keep connections (the suite's API client) see ECONNRESET. 65 s, and the
 * headers of a request may take a second longer, as Node wants headersTimeout above it.
 */
const KEEP_ALIVE_MS = 65_000;

export function keepConnectionsForProxies(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
}

/** How long a stopping server lets requests in flight finish, then what it must do before exit. */
const DRAIN_MS = 10_000;
const BEFORE_EXIT_MS = 15_000;

/** How often a draining server closes the kept-alive connections that have become idle. */
const DRAIN_TICK_MS = 100;

/**
 * Stops taking connections and lets the requests in flight finish, within `withinMs`. Kept-alive
 * connections are what make this hard: a proxy keeps sending on them, and a busy one never
 * idles. So every answer from now on says `Connection: close`, and connections are closed as
 * soon as they are idle (at once, then every DRAIN_TICK_MS). Resolves when the last one closed,
 * or at the deadline.
 */
export async function drain(server: Server, withinMs: number): Promise<void> {
  server.prependListener('request', (_request, response) => {
    response.shouldKeepAlive = false;
  });
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const tick = setInterval(() => server.closeIdleConnections(), DRAIN_TICK_MS);
  try {
    await settleWithin(closed, withinMs, () => undefined);
  } finally {
    clearInterval(tick);
  }
}

/**
 * On SIGINT/SIGTERM, a graceful stop: `drain` (stop taking connections, let the requests in
 * flight finish, at most DRAIN_MS), then `beforeExit` (stop background work,
 * write what is still in memory, such as the view counts; at most BEFORE_EXIT_MS), then exit 0.
 * A second signal while stopping is ignored: a supervisor's repeated TERM must not cut the flush.
 */
export function exitOnSignals(server: Server, beforeExit?: () => void | Promise<void>): void {
  let stopping = false;
  const stop = async () => {
    await drain(server, DRAIN_MS);
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
