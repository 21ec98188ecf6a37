import type { Server } from 'node:http';

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

/** On SIGINT/SIGTERM: `beforeClose`, then stop taking connections and exit. */
export function exitOnSignals(server: Server, beforeClose?: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      beforeClose?.();
      server.close(() => process.exit(0));
      // Keep-alive connections would hold close() open: give them a moment, then leave.
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}
