import type { IncomingMessage } from 'node:http';
import { type ProxyTrust, resolveClientAddress } from '@vestnik/content/request';

/** The header the site's own server sets (overwriting whatever a client sent) for the app. */
export const CLIENT_ADDRESS_HEADER = 'x-vestnik-client-address';

/**
 * The client's address, for limits: the socket peer, or what our own proxies reported
 * (TRUSTED_PROXY_HOPS / _CIDRS, the same rules as the admin's; see @vestnik/content/request).
 */
export function clientAddress(req: IncomingMessage, trust: ProxyTrust): string {
  return resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trust)
    .address;
}
