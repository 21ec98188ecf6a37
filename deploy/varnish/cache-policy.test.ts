import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, poll, request } from './testing/client.ts';
import { publicPage } from './testing/fake-site.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

const debug = { 'X-Debug-Cache': '1' };
let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy?.stop());

const get = (path: string, headers: Record<string, string> = {}) =>
  request(proxy.url + path, { headers });

/**
 * The TTL Varnish reports in whole seconds, rounded up: it reports what is left, which is already
 * a few milliseconds under the stored TTL when the answer leaves.
 */
const ttlLeft = (response: Answer) => Math.ceil(Number(response.headers['x-cache-ttl']));

describe('Varnish cache policy', () => {
  it('[PROXY][CACHE] a public page is fetched once and then served from the cache', async () => {
    proxy.site.set('/news/hit', publicPage('article:1 home', { body: 'первая' }));
    const first = await get('/news/hit');
    const second = await get('/news/hit');
    const third = await get('/news/hit');
    expect(first.headers['x-cache']).toBe('MISS');
    expect([second.headers['x-cache'], third.headers['x-cache']]).toEqual(['HIT', 'HIT']);
    expect(third.body).toBe('первая');
    expect(third.headers.age).toMatch(/^\d+$/);
    expect(proxy.site.hits('/news/hit')).toBe(1);
  });

  it('[PROXY][CACHE] a stored page does not replay the request id of the request that rendered it', async () => {
    const page = publicPage('article:7');
    proxy.site.set('/news/rid', { ...page, headers: { ...page.headers, 'X-Request-ID': 'r-1' } });
    expect((await get('/news/rid')).headers['x-request-id']).toBe('r-1');
    const hit = await get('/news/rid');
    expect(hit.headers['x-cache']).toBe('HIT');
    expect(hit.headers['x-request-id']).toBeUndefined();
  });

  it('[PROXY][CACHE] tracking parameters and parameter order hit the same object', async () => {
    proxy.site.set('/news/t?a=1&b=2', publicPage('article:2'));
    proxy.site.set('/news/u', publicPage('article:3'));
    await get('/news/t?utm_source=tg&b=2&fbclid=x1&a=1');
    const reordered = await get('/news/t?b=2&a=1&gclid=g&yclid=y&_openstat=o');
    expect(reordered.headers['x-cache']).toBe('HIT');
    expect(proxy.site.hits('/news/t?a=1&b=2')).toBe(1);

    // Only tracking parameters, or a bare `?`: the page without a query.
    await get('/news/u?utm_medium=social&utm_campaign=may');
    expect((await get('/news/u?')).headers['x-cache']).toBe('HIT');
    expect((await get('/news/u')).headers['x-cache']).toBe('HIT');
    expect(proxy.site.hits('/news/u')).toBe(1);
  });

  it('[PROXY][CACHE] the TTL is s-maxage and the object is kept for its stale-if-error window', async () => {
    proxy.site.set('/rubric/3', publicPage('rubric:3', { sMaxage: 120, swr: 30, sie: 3600 }));
    proxy.site.set('/rubric/4', {
      headers: { 'Cache-Control': 'public, max-age=10, s-maxage=90', xkey: 'rubric:4' },
    });
    const page = await get('/rubric/3', debug);
    expect(ttlLeft(page)).toBe(120);
    expect(Number(page.headers['x-cache-grace'])).toBe(3600);
    expect(page.headers['x-cache-swr']).toBe('30s');
    // No stale-if-error: a day; no stale-while-revalidate: no stale pages while the site is up.
    const bare = await get('/rubric/4', debug);
    expect(ttlLeft(bare)).toBe(90);
    expect(Number(bare.headers['x-cache-grace'])).toBe(86_400);
    expect(bare.headers['x-cache-swr']).toBe('0s');
  });

  it('[PROXY][CACHE] a 404 is kept at most 5 s even when the site asks for longer', async () => {
    proxy.site.set('/news/missing', {
      status: 404,
      headers: {
        'Cache-Control': 'public, s-maxage=300, stale-while-revalidate=300',
        xkey: 'slug:missing',
      },
      body: 'нет такой страницы',
    });
    const first = await get('/news/missing', debug);
    expect(first.status).toBe(404);
    expect(Number(first.headers['x-cache-ttl'])).toBeLessThanOrEqual(5);
    expect((await get('/news/missing')).headers['x-cache']).toBe('HIT');
    // Poll until the site is asked again; until then every answer is a copy at most 5 s old.
    await poll(async () => {
      const answer = await get('/news/missing');
      expect(answer.status).toBe(404);
      if (answer.headers['x-cache'] === 'HIT')
        expect(Number(answer.headers.age)).toBeLessThanOrEqual(5);
      return proxy.site.hits('/news/missing') === 2 ? true : undefined;
    }, 10_000);
  });

  it('[PROXY][CACHE] a page without xkey lives 5 s, an immutable asset keeps its max-age', async () => {
    proxy.site.set('/untagged', {
      headers: { 'Cache-Control': 'public, s-maxage=600' },
      body: 'x',
    });
    proxy.site.set('/_next/static/chunks/app-1a2b.js', {
      headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
      body: 'js',
    });
    expect(Number((await get('/untagged', debug)).headers['x-cache-ttl'])).toBeLessThanOrEqual(5);
    const asset = await get('/_next/static/chunks/app-1a2b.js', debug);
    expect(ttlLeft(asset)).toBe(31_536_000);
    expect((await get('/_next/static/chunks/app-1a2b.js')).headers['x-cache']).toBe('HIT');
  });
});
