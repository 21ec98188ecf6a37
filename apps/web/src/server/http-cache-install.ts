import type { IncomingMessage, ServerResponse } from 'node:http';
import { PAGE_TAGS_HEADER } from '../cache/page-handler.ts';
import { cacheHeaders, redirectStatus } from './http-cache.ts';

/**
 * Applies the HTTP cache policy to a response at the last moment, when its status and Next's own
 * headers are known: `writeHead` runs for every response, explicit or implicit, before anything
 * is sent.
 */
export function installHttpCachePolicy(req: IncomingMessage, res: ServerResponse): void {
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
    const tags = this.getHeader(PAGE_TAGS_HEADER);
    this.removeHeader(PAGE_TAGS_HEADER);
    const cacheControl = this.getHeader('cache-control');
    const decided = cacheHeaders({
      method,
      path: req.url ?? '/',
      status,
      cacheControl: typeof cacheControl === 'string' ? cacheControl : undefined,
      tags: typeof tags === 'string' ? tags : undefined,
    });
    if (decided.cacheControl) this.setHeader('cache-control', decided.cacheControl);
    if (decided.xkey) this.setHeader('xkey', decided.xkey);
    if (decided.dropCookies) this.removeHeader('set-cookie');
    return writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];
}
