import http from 'node:http';
import { candidatePorts, listenOn } from './ports.ts';

export type Page = {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  /**
   * Sends the status, the headers and the first half of the body, then drops the connection:
   * an instance killed (kill -9) in the middle of an answer.
   */
  cut?: boolean;
};

/** What the site sends for a public page: the contract vestnik.vcl is written against. */
export function publicPage(
  xkey: string | undefined,
  { sMaxage = 60, swr = 30, sie = 86_400, status = 200, body = `page ${xkey}` } = {},
): Page {
  const headers: Record<string, string> = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': `public, s-maxage=${sMaxage}, stale-while-revalidate=${swr}, stale-if-error=${sie}`,
  };
  if (xkey) headers.xkey = xkey;
  return { status, headers, body };
}

/**
 * A stand-in for apps/web behind Varnish: answers each path (with its query) with the page set
 * for it, 404 otherwise, counts requests per path and keeps the last request's headers.
 */
export class FakeSite {
  readonly port: number;
  private pages = new Map<string, Page>();
  private counts = new Map<string, number>();
  private lastHeaders = new Map<string, http.IncomingHttpHeaders>();
  private server: http.Server;

  private constructor(server: http.Server, port: number) {
    this.server = server;
    this.port = port;
  }

  static async start(): Promise<FakeSite> {
    const site: { current?: FakeSite } = {};
    const server = http.createServer((req, res) => site.current?.answer(req, res));
    for (const port of candidatePorts()) {
      if (await listenOn(server, port)) {
        site.current = new FakeSite(server, port);
        return site.current;
      }
    }
    throw new Error('No free port in 6100-6199 for the fake site.');
  }

  set(path: string, page: Page): void {
    this.pages.set(path, page);
  }

  /** Requests the site received for this exact path and query. */
  hits(path: string): number {
    return this.counts.get(path) ?? 0;
  }

  lastRequest(path: string): http.IncomingHttpHeaders | undefined {
    return this.lastHeaders.get(path);
  }

  /** Stops answering at once, as a crashed site would: later connections are refused. */
  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '/';
    req.resume();
    if (path === '/api/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      return;
    }
    this.counts.set(path, this.hits(path) + 1);
    this.lastHeaders.set(path, req.headers);
    const page = this.pages.get(path) ?? {
      status: 404,
      headers: { 'Cache-Control': 'public, s-maxage=5', xkey: `slug:${path}` },
      body: 'not found',
    };
    res.writeHead(page.status ?? 200, page.headers ?? {});
    if (page.cut) {
      cutAnswer(res, page.body ?? '');
      return;
    }
    res.end(page.body ?? '');
  }
}

function cutAnswer(res: http.ServerResponse, body: string): void {
  // The first half is written (and so reaches Varnish) before the socket goes, as the kernel
  // sends what a killed process had already written. The pause leaves a proxy that streams the
  // time to pass the start on to its reader, as it would while a page is being sent.
  res.write(body.slice(0, Math.floor(body.length / 2)), () => {
    setTimeout(() => res.socket?.destroy(), 100);
  });
}
