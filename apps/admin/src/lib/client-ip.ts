const RESOLVED = Symbol.for('vestnik.admin.clientAddressResolved');

type Marked = { [RESOLVED]?: boolean };

/**
 * Called by the admin's server (src/server/main.ts) once it rewrites X-Forwarded-For on every
 * request to the resolved client address (src/server/client-address.ts).
 */
export function markClientAddressResolved(): void {
  (globalThis as Marked)[RESOLVED] = true;
}

/**
 * The client address for rate limits and the audit log. It is only a fact when the admin runs
 * under its own server, which overwrites X-Forwarded-For before Next sees the request; under a
 * bare `next start` the header is whatever the client wrote, so this refuses to answer rather than
 * let a forged address into the login limits.
 */
export function clientIp(headers: Headers): string {
  if (!(globalThis as Marked)[RESOLVED]) {
    throw new Error(
      'The admin must be started with its own server (pnpm --filter @vestnik/admin start, ' +
        'src/server/main.ts): under a bare `next start` the client address cannot be trusted.',
    );
  }
  return headers.get('x-forwarded-for')?.trim() || 'unknown';
}
