import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type HeaderOptions = {
  nonce: string;
  https: boolean;
  dev: boolean;
  /** The public site's origin: the editor shows media thumbnails the site serves. */
  siteOrigin: string;
};

/**
 * The admin's Content Security Policy: scripts and styles only from our origin *and* carrying this
 * response's nonce ('strict-dynamic' lets Next's nonced loader pull in its chunks), so injected
 * markup cannot run script even if some text escaped escaping; no plugins, no <base> rewriting,
 * forms post only to us, and no other site may frame the admin (clickjacking).
 * Development needs 'unsafe-eval' for React's error overlays; production never does.
 */
export function contentSecurityPolicy({ nonce, https, dev, siteOrigin }: HeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' data: blob: ${siteOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** Every header the admin sends with every response, whatever produced it. */
export function securityHeaders(options: HeaderOptions): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options),
    // For browsers that predate frame-ancestors.
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    // Admin addresses name drafts and people: never send them to another site.
    'referrer-policy': 'same-origin',
    'permissions-policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()',
    'cross-origin-opener-policy': 'same-origin',
    // HSTS only where it means something: a browser ignores it over plain http anyway.
    ...(options.https
      ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }
      : {}),
  };
}

/**
 * Applies the headers to the response before Next handles the request, and puts the same policy
 * on the request: Next reads the nonce from the request's Content-Security-Policy and stamps it on
 * its own scripts. The client's own copy of that header, if any, is overwritten, so a client
 * cannot choose the nonce.
 */
export function applySecurityHeaders(
  request: IncomingMessage,
  response: ServerResponse,
  options: Omit<HeaderOptions, 'nonce'>,
): void {
  const headers = securityHeaders({ ...options, nonce: randomBytes(16).toString('base64') });
  request.headers['content-security-policy'] = headers['content-security-policy'];
  delete request.headers['content-security-policy-report-only'];
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}
