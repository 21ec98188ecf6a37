import type { IncomingMessage } from 'node:http';

/** The header the site's own server sets (overwriting whatever a client sent) for the app. */
export const CLIENT_ADDRESS_HEADER = 'x-vestnik-client-address';

/**
 * The address of the client, for limits. X-Forwarded-For is only believed as far as there are
 * proxies of ours in front (`TRUSTED_PROXY_HOPS`: 0 by default, 1 behind Varnish): each appends
 * the address it saw, so the entry that many places from the right was written by our outermost
 * proxy; anything left of it is the client's own claim and ignored.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[chain.length - trustedHops] ?? socket;
}
