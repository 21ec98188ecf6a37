import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { OVERTAKEN_HEADER, PAGE_TAGS_HEADER } from '../cache/page-entry.ts';
import { NON_PAGE_POLICY, perRequestPolicy, securityHeaders } from './csp.ts';
import { cacheHeaders, redirectStatus } from './http-cache.ts';

/** Pages rendered per request: their inline scripts get a nonce (see csp.ts). */
const PER_REQUEST_PAGES = /^\/(?:(?:kk\/)?search(?:[/?]|$)|preview\/)/;

/**
 * Gives every response its final headers at the last moment, when its status and Next's own
 * headers are known (`writeHead` runs for every response, explicit or implicit, before anything
 * is sent): the HTTP cache policy, the surrogate keys, the security headers and the CSP.
 */
export function installResponseHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  options: { https: boolean },
): void {
  const path = req.url ?? '/';
  let nonce: string | undefined;
  if (PER_REQUEST_PAGES.test(path)) {
    // Next reads the nonce from the request's CSP header and puts it on every script it writes.
    nonce = randomBytes(16).toString('base64');
    req.headers['content-security-policy'] = perRequestPolicy(nonce);
  }
  const security = securityHeaders(options.https);
  const writeHead = res.writeHead;
  res.writeHead = function patchedWriteHead(this: ServerResponse, ...args: unknown[]) {
    const method = req.method ?? 'GET';
    const given = typeof args[0] === 'number' ? args[0] : this.statusCode;
    const status = redirectStatus(method, given);
    if (status !== given) {
      // Node then writes the reason phrase of the new status.
      args = [status, ...args.slice(1).filter((a) => typeof a !== 'string')];
      this.statusMessage = '';
    }
    // Headers passed to writeHead itself are merged first, so the policy sees them too.
    const extra = args.find((a, i) => i > 0 && typeof a === 'object' && a !== null);
    if (extra && !Array.isArray(extra)) {
      for (const [name, value] of Object.entries(extra)) {
        if (value !== undefined) this.setHeader(name, value as string);
      }
      args = args.filter((a) => a !== extra);
    }
    // Next's first render of a redirect sets the Location and then appends the rendered result's
    // own copy: two identical lines, which some clients and proxies refuse. One is kept.
    const location = this.getHeader('location');
    if (Array.isArray(location)) this.setHeader('location', location[0]!);
    const tags = this.getHeader(PAGE_TAGS_HEADER);
    const overtaken = this.hasHeader(OVERTAKEN_HEADER);
    this.removeHeader(PAGE_TAGS_HEADER);
    this.removeHeader(OVERTAKEN_HEADER);
    const cacheControl = this.getHeader('cache-control');
    const decided = cacheHeaders({
      method,
      path,
      status,
      cacheControl: typeof cacheControl === 'string' ? cacheControl : undefined,
      tags: typeof tags === 'string' ? tags : undefined,
      overtaken,
    });
    if (decided.cacheControl) this.setHeader('cache-control', decided.cacheControl);
    if (decided.xkey) this.setHeader('xkey', decided.xkey);
    if (decided.dropCookies) this.removeHeader('set-cookie');
    for (const [name, value] of Object.entries(security)) this.setHeader(name, value);
    // Stored pages carry their own hash policy (page-handler); per-request pages a nonce one.
    if (!this.hasHeader('content-security-policy')) {
      const html = String(this.getHeader('content-type') ?? '').startsWith('text/html');
      this.setHeader(
        'content-security-policy',
        nonce ? perRequestPolicy(nonce) : html ? perRequestPolicy('none') : NON_PAGE_POLICY,
      );
    }
    return writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];
}
