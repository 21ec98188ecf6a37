import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, request } from './testing/client.ts';
import { publicPage } from './testing/fake-site.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy?.stop());

const get = (path: string) => request(proxy.url + path, { headers: { 'X-Debug-Cache': '1' } });

describe('Varnish while the site is down', () => {
  it('[PROXY][OUTAGE] cached pages are served stale within stale-if-error, others answer 503', async () => {
    proxy.site.set(
      '/news/kept',
      publicPage('article:30', { sMaxage: 1, swr: 1, sie: 3600, body: 'v1' }),
    );
    proxy.site.set(
      '/news/short',
      publicPage('article:31', { sMaxage: 1, swr: 0, sie: 2, body: 's1' }),
    );
    proxy.site.set('/news/never', publicPage('article:32'));
    expect((await get('/news/kept')).status).toBe(200);
    expect((await get('/news/short')).status).toBe(200);
    await proxy.site.stop();

    const never = await get('/news/never');
    expect(never.status).toBe(503);
    expect(never.body).toContain('Сайт временно недоступен');

    // Past s-maxage + stale-while-revalidate (Age >= 3), still the stale copy, at once and
    // again once the health probe has marked the site sick.
    await poll(async () => {
      const answer = await get('/news/kept');
      expect([answer.status, answer.body]).toEqual([200, 'v1']);
      return Number(answer.headers.age) >= 3 ? true : undefined;
    }, 15_000);
    await poll(async () => {
      const answer = await get('/news/kept');
      expect([answer.status, answer.body, answer.headers['x-cache']]).toEqual([200, 'v1', 'HIT']);
      return answer.headers['x-cache-backend-healthy'] === 'false' ? true : undefined;
    }, 30_000);
    expect((await get('/news/never')).status).toBe(503);

    // A page whose stale-if-error window (2 s) has run out is gone like any other.
    await poll(async () => ((await get('/news/short')).status === 503 ? true : undefined), 15_000);
  });
});
