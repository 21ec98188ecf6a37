import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from './testing/client.ts';
import { publicPage } from './testing/fake-site.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy?.stop());

const get = (path: string, headers: Record<string, string> = {}, localAddress?: string) =>
  request(proxy.url + path, { headers, localAddress });

const purge = (keys: string | undefined, localAddress?: string) =>
  request(`${proxy.url}/`, {
    method: 'PURGE',
    headers: keys === undefined ? {} : { 'xkey-purge': keys },
    localAddress,
  });

const cacheStates = async (paths: string[]) =>
  Promise.all(paths.map(async (path) => (await get(path)).headers['x-cache']));

// Fresh paths per test: a purge in one test must not explain a MISS in another.
let run = 0;
let pages: { a: string; b: string; c: string };
beforeEach(async () => {
  run += 1;
  pages = { a: `/news/a-${run}`, b: `/news/b-${run}`, c: `/rubric/c-${run}` };
  proxy.site.set(pages.a, publicPage(`article:${run}1 home-${run}`));
  proxy.site.set(pages.b, publicPage(`article:${run}2 home-${run}`));
  proxy.site.set(pages.c, publicPage(`rubric:${run}`));
  expect(await cacheStates(Object.values(pages))).toEqual(['MISS', 'MISS', 'MISS']);
});

describe('Varnish purge by cache tag', () => {
  it('[PROXY][PURGE] a purge by one key removes exactly the objects carrying it', async () => {
    const answer = await purge(`article:${run}1`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ purged: 1 });
    expect(await cacheStates([pages.a, pages.b, pages.c])).toEqual(['MISS', 'HIT', 'HIT']);
    expect(proxy.site.hits(pages.a)).toBe(2);
  });

  it('[PROXY][PURGE] several space-separated keys purge every object carrying any of them', async () => {
    const answer = await purge(`home-${run} rubric:${run}`);
    expect(JSON.parse(answer.body)).toEqual({ purged: 3 });
    expect(await cacheStates(Object.values(pages))).toEqual(['MISS', 'MISS', 'MISS']);
  });

  it('[PROXY][PURGE] a purge from an address outside the ACL answers 403 and purges nothing', async () => {
    const answer = await purge(`home-${run} rubric:${run}`, '127.0.0.2');
    expect(answer.status).toBe(403);
    expect(await cacheStates(Object.values(pages))).toEqual(['HIT', 'HIT', 'HIT']);
  });

  it('[PROXY][PURGE] a purge without an xkey-purge header answers 400', async () => {
    expect((await purge(undefined)).status).toBe(400);
    expect((await purge('  ')).status).toBe(400);
    expect(await cacheStates(Object.values(pages))).toEqual(['HIT', 'HIT', 'HIT']);
  });

  it('[PROXY][DEBUG] cache tags and Varnish headers show only to the ACL with X-Debug-Cache', async () => {
    const hidden = ['xkey', 'via', 'x-varnish'];
    const plain = await get(pages.a);
    const outsider = await get(pages.a, { 'X-Debug-Cache': '1' }, '127.0.0.2');
    const operator = await get(pages.a, { 'X-Debug-Cache': '1' });
    for (const name of hidden) {
      expect(plain.headers[name]).toBeUndefined();
      expect(outsider.headers[name]).toBeUndefined();
      expect(operator.headers[name]).toBeDefined();
    }
    expect(operator.headers.xkey).toBe(`article:${run}1 home-${run}`);
  });

  it('[PROXY][PURGE] a page with 1,000 article tags (15 KB of xkey, past the default 8 KB Varnish allows a header) is served, stored and purged by one of them', async () => {
    const day = `/archive/2026/11/30-${run}`;
    const keys = Array.from({ length: 1000 }, (_, i) => `article:${900_000 + i}`);
    proxy.site.set(day, publicPage(`day:2026-11-30-${run} ${keys.join(' ')}`));
    expect((await get(day)).status).toBe(200);
    expect(await cacheStates([day])).toEqual(['HIT']);
    expect(JSON.parse((await purge(keys[999])).body)).toEqual({ purged: 1 });
    expect(await cacheStates([day])).toEqual(['MISS']);
  });
});
