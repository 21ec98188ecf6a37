import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installCompression } from './compression.ts';

/** Distinct, poorly compressible-enough text above the 1 KB threshold. */
const page = (label: string) =>
  `<!doctype html><title>${label}</title>${Array.from({ length: 400 }, (_, i) => `<p>${label} ${i}</p>`).join('')}`;

let renders = 0;
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    installCompression(req, res);
    const url = req.url ?? '/';
    if (url.startsWith('/stored/')) {
      // Like Next serving a stored page: headers set, then the whole body at once.
      renders += 1;
      const body = page(url);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('etag', `"${Buffer.from(url).toString('hex')}"`);
      res.setHeader('content-length', Buffer.byteLength(body));
      res.end(body);
    } else if (url === '/stream') {
      // Like a streamed (search) page: headers in writeHead, chunks with pauses, flushed.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      let n = 0;
      const timer = setInterval(() => {
        res.write(page(`chunk ${n}`));
        (res as http.ServerResponse & { flush?: () => void }).flush?.();
        n += 1;
        if (n === 3) {
          clearInterval(timer);
          res.end('<p>end</p>');
        }
      }, 20);
    } else if (url === '/json') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '2' });
      res.end('{}');
    } else {
      res.statusCode = 404;
      res.setHeader('content-type', 'image/png');
      res.end(Buffer.alloc(4096));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** node:http, not fetch: fetch would undo the encoding this test looks at. */
function get(path: string, gzip: boolean) {
  return new Promise<{ res: http.IncomingMessage; raw: Buffer }>((resolve, reject) => {
    const accept = gzip ? 'gzip, deflate, br' : 'identity';
    http
      .get(`${base}${path}`, { headers: { 'accept-encoding': accept } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ res, raw: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('site compression', () => {
  it('[SITE][GZIP] a stored page is gzipped once, then served from the kept bytes', async () => {
    const first = await get('/stored/a', true);
    expect(first.res.headers['content-encoding']).toBe('gzip');
    expect(first.res.headers.vary).toMatch(/Accept-Encoding/);
    expect(zlib.gunzipSync(first.raw).toString()).toBe(page('/stored/a'));
    const second = await get('/stored/a', true);
    expect(Number(second.res.headers['content-length'])).toBe(second.raw.length);
    expect(second.raw.equals(first.raw)).toBe(true);
    // Another page (another ETag) never gets the first page's bytes.
    const other = await get('/stored/b', true);
    expect(zlib.gunzipSync(other.raw).toString()).toBe(page('/stored/b'));
    expect(renders).toBe(3);
  });

  it('[SITE][GZIP] a client without gzip gets the plain page, still marked as varying', async () => {
    const plain = await get('/stored/a', false);
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    expect(plain.res.headers.vary).toMatch(/Accept-Encoding/);
    expect(plain.raw.toString()).toBe(page('/stored/a'));
  });

  it('[SITE][GZIP] a streamed page arrives whole, gzipped or not', async () => {
    const expected = `${page('chunk 0')}${page('chunk 1')}${page('chunk 2')}<p>end</p>`;
    const zipped = await get('/stream', true);
    expect(zipped.res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(zipped.raw).toString()).toBe(expected);
    const plain = await get('/stream', false);
    expect(plain.raw.toString()).toBe(expected);
  });

  it('[SITE][GZIP] small answers and binary types go out as they are', async () => {
    const json = await get('/json', true);
    expect(json.res.headers['content-encoding']).toBeUndefined();
    expect(json.raw.toString()).toBe('{}');
    const png = await get('/png', true);
    expect(png.res.statusCode).toBe(404);
    expect(png.res.headers['content-encoding']).toBeUndefined();
    expect(png.raw.length).toBe(4096);
  });
});
