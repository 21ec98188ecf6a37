import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { type ProxyTrust, resolveClientAddress } from '@vestnik/content/request';

export { normalizeAddress, resolveClientAddress } from '@vestnik/content/request';

/**
 * Rewrites the request's forwarding headers to facts before Next sees them: X-Forwarded-For
 * becomes the one resolved client address (what lib/client-ip.ts reads), and the other
 * X-Forwarded-* headers (which feed Auth.js's idea of our own URL) are kept only when a trusted
 * proxy set them; otherwise Next fills them in from the socket and the Host header.
 */
export function rewriteForwardingHeaders(request: IncomingMessage, trust: ProxyTrust): void {
  const headers = request.headers;
  const client = resolveClientAddress(
    request.socket.remoteAddress,
    headers['x-forwarded-for'],
    trust,
  );
  headers['x-forwarded-for'] = client.address;
  delete headers['x-real-ip'];
  if (!client.viaTrustedProxy) {
    delete headers['x-forwarded-host'];
    delete headers['x-forwarded-port'];
    headers['x-forwarded-proto'] = (request.socket as TLSSocket).encrypted ? 'https' : 'http';
  }
}
