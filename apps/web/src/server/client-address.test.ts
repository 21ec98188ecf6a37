import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const request = (remoteAddress: string, forwarded?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  }) as unknown as IncomingMessage;

describe('client address', () => {
  it('[SITE][SECURITY] without trusted proxies the socket address is the client, whatever it claims', () => {
    expect(clientAddress(request('203.0.113.7', '1.2.3.4'), { hops: 0, cidrs: [] })).toBe(
      '203.0.113.7',
    );
  });

  it('[SITE][SECURITY] behind one proxy only the address that proxy appended is believed', () => {
    // The client forged "1.2.3.4"; Varnish appended the address it saw.
    const behindVarnish = { hops: 1, cidrs: [] };
    expect(clientAddress(request('127.0.0.1', '1.2.3.4, 198.51.100.20'), behindVarnish)).toBe(
      '198.51.100.20',
    );
    expect(clientAddress(request('127.0.0.1'), behindVarnish)).toBe('127.0.0.1');
  });
});
