import { createHash } from 'node:crypto';

/**
 * Content-Security-Policy of the public site. Stored pages are the same for every reader and
 * cached by proxies, so they cannot carry a per-request nonce: their inline scripts (Next's
 * bootstrap and RSC payload) are allowed by hash, computed once when the page is stored. Pages
 * rendered per request (search, preview) get a nonce instead. Everything else comes from the
 * site itself; nothing may frame it, submit it elsewhere or change its base URL.
 */

const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
];

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g;

/** Hashes of the executable inline scripts of an HTML page (JSON-LD data blocks do not run). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype=["']?([^"'\s>]+)/.exec(attributes ?? '')?.[1];
    if (type && type !== 'text/javascript' && type !== 'module') continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`,
    );
  }
  return [...hashes];
}

export function storedPagePolicy(html: string): string {
  return [`script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(), ...COMMON].join('; ');
}

export function perRequestPolicy(nonce: string): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, ...COMMON].join('; ');
}

/** For answers that are not pages (JSON, XML, images): nothing in them may run or be framed. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers every response of the site carries. */
export function securityHeaders(https: boolean): Record<string, string> {
  return {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'x-frame-options': 'SAMEORIGIN',
    ...(https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
