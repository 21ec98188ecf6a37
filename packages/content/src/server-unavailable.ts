import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The answer to a request the database cannot serve: 503 with Retry-After and a page in Russian,
 * instead of a request that hangs on a frozen server or a 500 that says nothing. Installed on
 * each response by the site's and the admin's servers, outermost (after every other wrapper), so
 * its `writeHead` runs first.
 *
 * Two moments decide:
 * - Next answers 5xx while the database is down → our page replaces Next's error page;
 * - no answer has started `deadlineMs` after the request came in and the database is down → our
 *   page is sent now; whatever Next writes later for that request is dropped.
 * A request that is merely slow while the database answers is left alone: a busy machine is not
 * an outage, and a cut-off render would be a failure of our own making.
 */

export type UnavailableOptions = {
  isDatabaseDown: () => boolean;
  /** When a request still unanswered is checked (then every 250 ms until it answers). */
  deadlineMs: number;
  /** Seconds a client or a proxy should wait before asking again. */
  retryAfterSeconds: number;
  /** The page to send (complete HTML), for this request (its language may follow the address). */
  page: (req: IncomingMessage) => string;
  /** Told once per replaced response (logs, metrics). */
  onReplaced?: (req: IncomingMessage, reason: 'error' | 'deadline') => void;
};

type Callback = (error?: Error | null) => void;
const RECHECK_MS = 250;
/**
 * What Next may have set for its own answer and must not go out with ours; the security headers
 * our servers set stay.
 */
const NEXT_ANSWER_HEADERS =
  /^(?:content-|etag$|last-modified$|set-cookie$|location$|link$|vary$|cache-control$|refresh$|xkey$|x-nextjs-|x-next-|x-vestnik-)/;
const STYLE =
  'body{font:18px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:36rem;margin:12vh auto;padding:0 1.25rem}h1{font-size:1.6rem;line-height:1.25}a{color:#0b5cad}';
/** Our page's only inline content is its style: allowed by hash, nothing else at all. */
const PAGE_POLICY = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

export function installUnavailableGuard(
  req: IncomingMessage,
  res: ServerResponse,
  options: UnavailableOptions,
): void {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  let replaced = false;
  /** Set once our answer's headers are out: later header calls (the app's) are ignored. */
  let sent = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const replace = (reason: 'error' | 'deadline') => {
    replaced = true;
    clearTimeout(timer);
    for (const name of res.getHeaderNames()) {
      if (NEXT_ANSWER_HEADERS.test(name)) removeHeader.call(res, name);
    }
    const body = Buffer.from(options.page(req), 'utf8');
    res.statusCode = 503;
    const headers: [string, string | number][] = [
      ['content-type', 'text/html; charset=utf-8'],
      ['retry-after', String(options.retryAfterSeconds)],
      ['cache-control', 'private, no-store'],
      ['content-security-policy', PAGE_POLICY],
      ['content-length', body.length],
    ];
    for (const [name, value] of headers) setHeader.call(res, name, value);
    writeHead.apply(res, [503] as unknown as Parameters<ServerResponse['writeHead']>);
    sent = true;
    (end as (this: ServerResponse, chunk?: Buffer) => ServerResponse).call(
      res,
      req.method === 'HEAD' ? undefined : body,
    );
    options.onReplaced?.(req, reason);
  };

  res.writeHead = function guardedWriteHead(this: ServerResponse, ...args: unknown[]) {
    if (replaced) return this;
    const status = typeof args[0] === 'number' ? args[0] : this.statusCode;
    if (status >= 500 && options.isDatabaseDown()) {
      replace('error');
      return this;
    }
    clearTimeout(timer);
    return writeHead.apply(this, args as Parameters<ServerResponse['writeHead']>);
  } as ServerResponse['writeHead'];

  // After our page went out, Next's own body for this request goes nowhere.
  res.write = function guardedWrite(this: ServerResponse, ...args: unknown[]) {
    if (!replaced) return write.apply(this, args as Parameters<ServerResponse['write']>);
    const callback = args.find((a): a is Callback => typeof a === 'function');
    callback?.();
    return true;
  } as ServerResponse['write'];
  res.end = function guardedEnd(this: ServerResponse, ...args: unknown[]) {
    if (!replaced) return end.apply(this, args as Parameters<ServerResponse['end']>);
    const callback = args.find((a): a is Callback => typeof a === 'function');
    callback?.();
    return this;
  } as ServerResponse['end'];

  // …and its headers too: setting one after ours went out would throw in the app's code.
  const setHeader = res.setHeader;
  res.setHeader = function guardedSetHeader(this: ServerResponse, ...args: unknown[]) {
    if (sent) return this;
    return setHeader.apply(this, args as Parameters<ServerResponse['setHeader']>);
  } as ServerResponse['setHeader'];
  const appendHeader = res.appendHeader;
  res.appendHeader = function guardedAppendHeader(this: ServerResponse, ...args: unknown[]) {
    if (sent) return this;
    return appendHeader.apply(this, args as Parameters<ServerResponse['appendHeader']>);
  } as ServerResponse['appendHeader'];
  const removeHeader = res.removeHeader;
  res.removeHeader = function guardedRemoveHeader(this: ServerResponse, name: string) {
    if (!sent) removeHeader.call(this, name);
  };

  const watch = (delay: number) => {
    timer = setTimeout(() => {
      if (replaced || res.headersSent || res.writableEnded) return;
      if (options.isDatabaseDown()) replace('deadline');
      else watch(RECHECK_MS);
    }, delay);
    timer.unref?.();
  };
  watch(options.deadlineMs);
  res.once('close', () => clearTimeout(timer));
}

/** A self-contained page (no scripts, no external styles: the site may be half down). */
export function unavailablePage(options: {
  title: string;
  heading: string;
  text: string;
  lang?: string;
  link?: { href: string; label: string };
}): string {
  const html = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const link = options.link
    ? `<p><a href="${html(options.link.href)}">${html(options.link.label)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${html(options.lang ?? 'ru')}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${html(options.title)}</title>
<style>${STYLE}</style>
</head><body><main><h1>${html(options.heading)}</h1><p>${html(options.text)}</p>${link}</main></body></html>`;
}
