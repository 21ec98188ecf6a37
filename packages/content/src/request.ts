import net from 'node:net';
import { z } from 'zod';

/** Which hops in front of an app are our own proxies (env TRUSTED_PROXY_HOPS / _CIDRS). */
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

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** "10.0.0.0/8" or a single address; the check the resolver relies on. */
const isCidr = (value: string) => {
  const [address = '', bits, extra] = value.split('/');
  const family = net.isIP(address);
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
};

/** The two variables that say which proxies are ours; both apps read them (see env.ts). */
export const proxyTrustEnv = {
  /**
   * How many reverse proxies of ours stand in front. 0 (the default): the client is the socket
   * peer and X-Forwarded-For is ignored, since any client can write it.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10' })
    .int('TRUSTED_PROXY_HOPS must be a whole number from 0 to 10')
    .min(0, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10')
    .max(10, 'TRUSTED_PROXY_HOPS must be a whole number from 0 to 10')
    .default(0),
  /** Alternatively: the addresses/networks of our proxies (comma-separated CIDRs). */
  TRUSTED_PROXY_CIDRS: z
    .string()
    .default('')
    .transform(list)
    .refine((items) => items.every(isCidr), {
      message:
        'TRUSTED_PROXY_CIDRS must be a comma-separated list of addresses or networks, e.g. 10.0.0.0/8,::1',
    }),
};

/** A sentence naming the problem when both ways of trusting proxies are set, else undefined. */
export function proxyTrustProblem(values: {
  TRUSTED_PROXY_HOPS: number;
  TRUSTED_PROXY_CIDRS: string[];
}): string | undefined {
  return values.TRUSTED_PROXY_HOPS > 0 && values.TRUSTED_PROXY_CIDRS.length > 0
    ? 'set TRUSTED_PROXY_HOPS or TRUSTED_PROXY_CIDRS, not both'
    : undefined;
}

/**
 * Whether the path of a request URL is valid percent-encoded UTF-8. Next answers an undecodable
 * segment (`/news/%E0%A4%A`) with a bare 500 before any page runs; such an address is the
 * client's mistake, answered 400 by the app's server before Next sees it.
 */
export function isDecodablePath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}
