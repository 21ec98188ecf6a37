import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDecodablePath } from '@vestnik/content/request';
import { describe, expect, it } from 'vitest';
import {
  normalizeAddress,
  resolveClientAddress,
  rewriteForwardingHeaders,
} from '@/server/client-address';
import { applySecurityHeaders, securityHeaders } from '@/server/security-headers';

const none = { hops: 0, cidrs: [] };
const site = { siteOrigin: 'https://vestnik.kz' };

function request(peer: string, headers: Record<string, string | string[]>) {
  return { socket: { remoteAddress: peer }, headers: { ...headers } } as unknown as IncomingMessage;
}

describe('client address', () => {
  it('[ADMIN][LOCKOUT] by default X-Forwarded-For is ignored: 400 rotated headers are one client, the socket peer', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const req = request('::ffff:198.51.100.9', {
        'x-forwarded-for': `10.${i >> 8}.${i & 255}.1`,
        'x-real-ip': `172.16.0.${i & 255}`,
      });
      rewriteForwardingHeaders(req, none);
      seen.add(String(req.headers['x-forwarded-for']));
      expect(req.headers['x-real-ip']).toBeUndefined();
    }
    expect([...seen]).toEqual(['198.51.100.9']);
  });

  it('[ADMIN][LOCKOUT] behind trusted proxies only the entries our proxies appended count', () => {
    // nginx (10.0.0.2) in front: the client wrote "1.2.3.4", nginx appended the real address.
    const chain = '1.2.3.4, 203.0.113.7';
    expect(resolveClientAddress('10.0.0.2', chain, { hops: 1, cidrs: [] }).address).toBe(
      '203.0.113.7',
    );
    // A CDN and nginx: two hops.
    expect(
      resolveClientAddress('10.0.0.2', '1.2.3.4, 203.0.113.7, 198.18.0.1', { hops: 2, cidrs: [] })
        .address,
    ).toBe('203.0.113.7');
    // The same by networks, also with the header repeated.
    expect(
      resolveClientAddress('10.0.0.2', ['1.2.3.4, 203.0.113.7', '10.1.2.3'], {
        hops: 0,
        cidrs: ['10.0.0.0/8'],
      }).address,
    ).toBe('203.0.113.7');
    // Straight to the admin from outside the trusted networks: the header is not believed.
    expect(
      resolveClientAddress('203.0.113.66', '1.2.3.4', { hops: 0, cidrs: ['10.0.0.0/8'] }),
    ).toEqual({ address: '203.0.113.66', viaTrustedProxy: false });
    // Garbage where our proxy should have written an address: the proxy's own address.
    expect(resolveClientAddress('10.0.0.2', 'not-an-ip', { hops: 1, cidrs: [] }).address).toBe(
      '10.0.0.2',
    );
    // Fewer hops than configured: the leftmost is all there is.
    expect(resolveClientAddress('10.0.0.2', undefined, { hops: 3, cidrs: [] }).address).toBe(
      '10.0.0.2',
    );
  });

  it('[ADMIN][LOCKOUT] addresses are normalized: ports, brackets, IPv4-mapped IPv6', () => {
    expect(normalizeAddress('203.0.113.9:5123')).toBe('203.0.113.9');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeAddress('<script>')).toBeUndefined();
  });

  it('[ADMIN][HEADERS] forwarded host and protocol are dropped unless a trusted proxy sent them', () => {
    const direct = request('203.0.113.9', {
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
    });
    rewriteForwardingHeaders(direct, none);
    expect(direct.headers).toMatchObject({ 'x-forwarded-proto': 'http' });
    expect(direct.headers['x-forwarded-host']).toBeUndefined();
    const proxied = request('10.0.0.2', {
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-host': 'admin.vestnik.kz',
      'x-forwarded-proto': 'https',
    });
    rewriteForwardingHeaders(proxied, { hops: 1, cidrs: [] });
    expect(proxied.headers).toMatchObject({
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-host': 'admin.vestnik.kz',
      'x-forwarded-proto': 'https',
    });
  });
});

describe('security headers', () => {
  it('[ADMIN][HEADERS] a strict nonce CSP that forbids framing, plus nosniff, referrer and permissions policies', () => {
    const headers = securityHeaders({ ...site, nonce: 'abc123', https: false, dev: false });
    const csp = headers['content-security-policy']!;
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Thumbnails come from the public site; nothing else is allowed in.
    expect(csp).toContain("img-src 'self' data: blob: https://vestnik.kz;");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    });
    expect(headers['permissions-policy']).toContain('camera=()');
    // HSTS and upgrade-insecure-requests only when the admin is served over https.
    expect(headers['strict-transport-security']).toBeUndefined();
    const secure = securityHeaders({ ...site, nonce: 'abc123', https: true, dev: false });
    expect(secure['strict-transport-security']).toMatch(/^max-age=\d{8}/);
    expect(secure['content-security-policy']).toContain('upgrade-insecure-requests');
  });

  it('[ADMIN][HEADERS] each response gets a fresh nonce, and a client cannot choose it', () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const req = request('127.0.0.1', {
        'content-security-policy': "script-src 'nonce-attacker'",
      });
      const set: Record<string, string> = {};
      const res = {
        setHeader: (k: string, v: string) => (set[k] = v),
      } as unknown as ServerResponse;
      applySecurityHeaders(req, res, { ...site, https: false, dev: false });
      const policy = String(req.headers['content-security-policy']);
      expect(policy).toBe(set['content-security-policy']);
      expect(policy).not.toContain('attacker');
      nonces.add(/'nonce-([^']+)'/.exec(policy)![1]!);
    }
    expect(nonces.size).toBe(20);
  });
});

describe('request path', () => {
  it("[ADMIN][FUZZ] an address that is not valid percent-encoded UTF-8 is the client's mistake (400), not a crash", () => {
    for (const bad of ['/articles/%ED%A0%80', '/articles/%C0%AF', '/api/media/file/%', '/a/%zz']) {
      expect(isDecodablePath(bad), bad).toBe(false);
    }
    for (const good of [
      '/articles/12',
      '/articles/%D0%BD%D0%BE%D0%B2',
      '/login?x=%ED%A0%80',
      '/',
    ]) {
      expect(isDecodablePath(good), good).toBe(true);
    }
  });
});
