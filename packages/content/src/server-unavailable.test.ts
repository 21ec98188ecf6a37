import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { installUnavailableGuard, unavailablePage } from './server-unavailable.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A real server whose every request gets the guard, then `handler` (standing in for Next). */
async function serve(down: () => boolean, handler: Handler, deadlineMs = 200): Promise<string> {
  const server = http.createServer((req, res) => {
    installUnavailableGuard(req, res, {
      isDatabaseDown: down,
      deadlineMs,
      retryAfterSeconds: 30,
      page: () => unavailablePage({ title: 'T', heading: 'Сайт временно недоступен', text: '<b>' }),
    });
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('[OPS][UNAVAILABLE] requests the database cannot serve', () => {
  test('a request still unanswered at the deadline while the database is down gets our 503; what the app writes later goes nowhere', async () => {
    let late: Promise<void> | undefined;
    const url = await serve(
      () => true,
      (_req, res) => {
        late = new Promise((resolve) =>
          setTimeout(() => {
            res.setHeader('content-type', 'text/plain');
            res.appendHeader('set-cookie', 'late=1');
            res.removeHeader('x-late');
            res.writeHead(200);
            res.end('too late', () => resolve());
          }, 400),
        );
      },
    );
    const answer = await fetch(url);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await answer.text();
    expect(body).toContain('Сайт временно недоступен');
    expect(body).toContain('&lt;b&gt;');
    await late;
  });

  test('a 500 while the database is down becomes the 503 page, without the app headers', async () => {
    const url = await serve(
      () => true,
      (_req, res) => {
        res.setHeader('set-cookie', 'a=b');
        res.setHeader('x-nextjs-cache', 'MISS');
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end('<p>error</p>');
      },
    );
    const answer = await fetch(url);
    expect(answer.status).toBe(503);
    expect(answer.headers.get('set-cookie')).toBeNull();
    expect(answer.headers.get('x-nextjs-cache')).toBeNull();
    expect(await answer.text()).toContain('Сайт временно недоступен');
  });

  test('with the database up, a 500 stays a 500 and a slow answer is waited for', async () => {
    const failing = await serve(
      () => false,
      (_req, res) => {
        res.statusCode = 500;
        res.end('bug');
      },
    );
    expect((await fetch(failing)).status).toBe(500);
    const slow = await serve(
      () => false,
      (_req, res) => setTimeout(() => res.end('done'), 600),
    );
    const answer = await fetch(slow);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('done');
  });

  test('a HEAD gets the status and headers only', async () => {
    const url = await serve(
      () => true,
      () => {},
    );
    const answer = await fetch(url, { method: 'HEAD' });
    expect(answer.status).toBe(503);
    expect(await answer.text()).toBe('');
  });
});
