import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installResponseHeaders } from './response-headers.ts';

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    installResponseHeaders(req, res, { https: false });
    // How Next answers a redirect on its first render: the Location is set, then set again from
    // the rendered result's headers (appended), or passed to writeHead as well.
    res.setHeader('location', '/news/a');
    if (req.url === '/appended') res.appendHeader('location', '/news/a');
    if (req.url === '/raw') {
      res.writeHead(301, ['location', '/news/a', 'content-type', 'text/plain']);
    } else {
      res.writeHead(301, req.url === '/object' ? { location: '/news/a' } : undefined);
    }
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Every Location line of the raw response. */
async function locations(path: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, (res) => {
        const lines: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          if (res.rawHeaders[i]!.toLowerCase() === 'location') lines.push(res.rawHeaders[i + 1]!);
        }
        res.resume();
        resolve(lines);
      })
      .on('error', reject);
  });
}

describe('response headers', () => {
  it('[SITE][REDIRECT] a redirect carries exactly one Location, however Next set it', async () => {
    for (const path of ['/set', '/appended', '/object', '/raw']) {
      expect(await locations(path), path).toEqual(['/news/a']);
    }
  });
});
