import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import type { TLSSocket } from 'node:tls';

/** Which hops in front of the admin are our own proxies (env TRUSTED_PROXY_HOPS / _CIDRS). */
export type ProxyTrust = { hops: number; cidrs: string[] };

/** A bare IP address from "203.0.113.9", "203.0.113.9:5123", "[2001:db8::1]:443", "::ffff:10.0.0.1". */
export function normalizeAddress(raw: string | undefined): string | undefined {
  let value = raw?.trim() ?? '';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value))
    value = value.slice(0, value.lastIndexOf(':'));
  if (/^::ffff:/i.test(value) && net.isIPv4(value.slice(7))) value = value.slice(7);
  return net.isIP(value) ? value.toLowerCase() : undefined;
}

function blockList(cidrs: string[]): net.BlockList {
  const list = new net.BlockList();
  for (const cidr of cidrs) {
    const [address = '', bits] = cidr.split('/');
    const type = net.isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

const headerValues = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((v) => v.split(','));

export type ResolvedClient = {
  /** The client's address, for rate limits and the audit log. */
  address: string;
  /** Whether the request reached us through a proxy we trust (so its X-Forwarded-* count). */
  viaTrustedProxy: boolean;
};

/**
 * Who is asking. X-Forwarded-For is a list any client can start with whatever it likes; only the
 * entries appended by our own proxies are facts. So the chain (header entries, then the socket
 * peer) is read from the right: with TRUSTED_PROXY_HOPS = n the client is the entry n places left
 * of the peer; with TRUSTED_PROXY_CIDRS, the first hop from the right that is not one of our
 * networks. With neither (the default) the header is ignored and the peer is the client: the
 * rotating-header trick then changes nothing. An entry that is not an address (garbage written by
 * the client into a position we were told to trust) falls back to the hop that reported it.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: ProxyTrust,
): ResolvedClient {
  const socket = normalizeAddress(peer) ?? 'unknown';
  const trusted = trust.cidrs.length ? blockList(trust.cidrs) : undefined;
  const isTrusted = (address: string | undefined) =>
    Boolean(address && trusted?.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4'));
  const viaTrustedProxy = trusted ? isTrusted(socket) : trust.hops > 0;
  if (!viaTrustedProxy) return { address: socket, viaTrustedProxy };
  const chain = [...headerValues(forwardedFor).map(normalizeAddress), socket];
  let index = chain.length - 1;
  if (trusted) while (index > 0 && isTrusted(chain[index])) index--;
  else index = Math.max(0, chain.length - 1 - trust.hops);
  while (!chain[index] && index < chain.length - 1) index++;
  return { address: chain[index] ?? socket, viaTrustedProxy };
}

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
