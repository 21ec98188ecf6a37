import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, type RequestOptions, request } from './testing/client.ts';
import { type FakeSite, type Page, publicPage } from './testing/fake-site.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

let proxy: TestProxy;
// `dying` sends the status, the headers and half of every body, then drops the connection (an
// instance killed with kill -9 while answering, before the probe has marked it sick).
let dying: FakeSite;
let healthy: FakeSite;

beforeAll(async () => {
  proxy = await startTestProxy({ instances: 2 });
  [dying, healthy] = proxy.sites as [FakeSite, FakeSite];
});
afterAll(() => proxy?.stop());

// Long enough that a cut one is visibly cut: a marker at each end.
const BODY = `<!DOCTYPE html>${'<p>Новости дня</p>'.repeat(2_000)}</html>`;
const privatePage: Page = {
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  body: BODY,
};

/**
 * Asks for fresh copies of a page (`?try=n`) until one reached the dying instance first, and
 * returns that one: the round robin hands each new request to the next instance, so the first
 * or the second does.
 */
async function throughDyingInstance(path: string, page: Page, options: RequestOptions = {}) {
  for (let n = 0; n < 4; n++) {
    const url = `${path}${path.includes('?') ? '&' : '?'}try=${n}`;
    dying.set(url, { ...page, cut: true });
    healthy.set(url, page);
    const answer = await request(proxy.url + url, options);
    if (dying.hits(url) > 0) return { url, answer };
  }
  throw new Error('The round robin never sent a request to the dying instance first.');
}

describe('Varnish with an instance that dies in the middle of an answer', () => {
  it('[PROXY][CUT] a cacheable page cut mid-body is fetched whole from the other instance', async () => {
    const { url, answer } = await throughDyingInstance('/news/cut', publicPage('article:40'));
    expect([answer.status, answer.headers['x-cache']]).toEqual([200, 'MISS']);
    expect(answer.body).toBe('page article:40');
    expect([dying.hits(url), healthy.hits(url)]).toEqual([1, 1]);
    // The cut copy was never stored: the next reader gets the whole page from the cache.
    const again = await request(proxy.url + url);
    expect([again.status, again.headers['x-cache'], again.body]).toEqual([
      200,
      'HIT',
      'page article:40',
    ]);
  });

  it('[PROXY][CUT] a long page is delivered whole, never truncated', async () => {
    const page = { ...publicPage('article:41'), body: BODY };
    const { answer } = await throughDyingInstance('/news/long', page);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(BODY);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(BODY)));
  });

  it('[PROXY][CUT] a HEAD is answered with the whole page: its length, then the page cached', async () => {
    const page = { ...publicPage('article:42'), body: BODY };
    const { url, answer } = await throughDyingInstance('/news/head', page, { method: 'HEAD' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(BODY)));
    const get = await request(proxy.url + url);
    expect([get.status, get.headers['x-cache'], get.body]).toEqual([200, 'HIT', BODY]);
  });

  it('[PROXY][CUT] a request that always reaches the site (pass) is answered whole', async () => {
    const { url, answer } = await throughDyingInstance('/search?q=cut', privatePage);
    expect([answer.status, answer.headers['x-cache']]).toEqual([200, 'PASS']);
    expect(answer.body).toBe(BODY);
    expect([dying.hits(url), healthy.hits(url)]).toEqual([1, 1]);
  });

  it('[PROXY][CUT] a page the site marks private is answered whole', async () => {
    const { answer } = await throughDyingInstance('/profile/cut', privatePage);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(BODY);
  });

  it('[PROXY][CUT] answers cut on every instance give the 503 page after two retries', async () => {
    for (const site of proxy.sites) site.set('/news/all-cut', { ...publicPage('a:1'), cut: true });
    const answer = await request(`${proxy.url}/news/all-cut`);
    expect(answer.status).toBe(503);
    expect(answer.body).toContain('Сайт временно недоступен');
    // The first fetch and its two retries, nothing more (no restart of the whole request).
    expect(dying.hits('/news/all-cut') + healthy.hits('/news/all-cut')).toBe(3);
  });

  it("[PROXY][CUT] the site's own 503 on every instance is delivered as sent, fetched once", async () => {
    const unavailable: Page = {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30' },
      body: 'База данных недоступна',
    };
    for (const site of proxy.sites) site.set('/news/db-down', unavailable);
    const answer = await request(`${proxy.url}/news/db-down`);
    expect([answer.status, answer.body]).toEqual([503, 'База данных недоступна']);
    expect(dying.hits('/news/db-down') + healthy.hits('/news/db-down')).toBe(1);
  });

  it('[PROXY][CUT] a background refresh cut on every instance keeps the stale page in use', async () => {
    const path = '/news/bg-cut';
    for (const site of proxy.sites) {
      site.set(path, publicPage('article:43', { sMaxage: 1, swr: 60, body: 'v1' }));
    }
    expect((await request(proxy.url + path)).body).toBe('v1');
    for (const site of proxy.sites) {
      site.set(path, {
        ...publicPage('article:43', { sMaxage: 1, swr: 60, body: 'v2' }),
        cut: true,
      });
    }
    const fetched = () => dying.hits(path) + healthy.hits(path);
    // Once stale, each reader gets v1 at once; the refresh behind it (a fetch and its two
    // retries) is cut every time.
    await poll(async () => {
      const answer = await request(proxy.url + path);
      expect([answer.status, answer.body, answer.headers['x-cache']]).toEqual([200, 'v1', 'HIT']);
      return fetched() >= 4 ? true : undefined;
    }, 10_000);
    const after = await request(proxy.url + path);
    expect([after.status, after.body, after.headers['x-cache']]).toEqual([200, 'v1', 'HIT']);
  });
});
