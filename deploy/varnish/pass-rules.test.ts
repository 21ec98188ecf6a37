import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RequestOptions, request } from './testing/client.ts';
import { publicPage } from './testing/fake-site.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy?.stop());

/** Requests the path twice; a pass reaches the site both times. */
async function twice(path: string, options: RequestOptions = {}) {
  // The site even marks these cacheable: Varnish must pass them on its own rules.
  proxy.site.set(path, publicPage('home'));
  const answers = [
    await request(proxy.url + path, options),
    await request(proxy.url + path, options),
  ];
  return { cacheStates: answers.map((a) => a.headers['x-cache']), hits: proxy.site.hits(path) };
}

describe('Varnish passes what must reach the site every time', () => {
  it.each([
    '/api/views/12',
    '/api/revalidate',
    '/preview/12?token=abc',
    '/search',
    '/search?q=%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82',
    '/kk/search',
    '/kk/search?q=%D0%BC%D0%B5%D0%B9%D1%80%D0%B0%D0%BC',
  ])('[PROXY][PASS] %s is never cached', async (path) => {
    expect(await twice(path)).toEqual({ cacheStates: ['PASS', 'PASS'], hits: 2 });
  });

  it('[PROXY][PASS] passed requests keep their cookies', async () => {
    await twice('/api/me', { headers: { Cookie: 'session=1' } });
    expect(proxy.site.lastRequest('/api/me')?.cookie).toBe('session=1');
  });

  it('[PROXY][PASS] a POST passes, even to a cacheable page', async () => {
    const result = await twice('/news/form', { method: 'POST', body: 'a=1' });
    expect(result).toEqual({ cacheStates: ['PASS', 'PASS'], hits: 2 });
  });

  it('[PROXY][PASS] a request with Authorization passes', async () => {
    const result = await twice('/news/auth', { headers: { Authorization: 'Bearer x' } });
    expect(result).toEqual({ cacheStates: ['PASS', 'PASS'], hits: 2 });
  });

  it('[PROXY][PASS] paths that only begin like the passed ones are cached', async () => {
    for (const path of ['/apiary', '/searchlight', '/previews', '/kk/searchlight', '/kk']) {
      expect(await twice(path)).toEqual({ cacheStates: ['MISS', 'HIT'], hits: 1 });
    }
  });
});
