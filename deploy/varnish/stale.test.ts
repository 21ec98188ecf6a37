import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, request } from './testing/client.ts';
import { publicPage } from './testing/fake-site.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy?.stop());

const get = (path: string) => request(proxy.url + path);

describe('Varnish stale pages while the site is healthy', () => {
  it('[PROXY][STALE] within stale-while-revalidate the stale page is served and refreshed behind', async () => {
    proxy.site.set('/news/swr', publicPage('article:20', { sMaxage: 1, swr: 60, body: 'v1' }));
    await get('/news/swr');
    proxy.site.set('/news/swr', publicPage('article:20', { sMaxage: 1, swr: 60, body: 'v2' }));
    // The first answer after expiry is the stale v1 (no waiting); the refresh then brings v2.
    const stale = await poll(async () => {
      const answer = await get('/news/swr');
      return Number(answer.headers.age) >= 1 || answer.body === 'v2' ? answer : undefined;
    }, 10_000);
    expect(stale.body).toBe('v1');
    expect(stale.headers['x-cache']).toBe('HIT');
    // v2 arrives as a HIT: fetched in the background, no reader waited for it.
    const fresh = await poll(async () => {
      const answer = await get('/news/swr');
      return answer.body === 'v2' ? answer : undefined;
    }, 10_000);
    expect(fresh.headers['x-cache']).toBe('HIT');
  });

  it('[PROXY][STALE] a background refresh that gets a 5xx keeps the stale page in use', async () => {
    proxy.site.set('/news/bg5', publicPage('article:21', { sMaxage: 1, swr: 60, body: 'v1' }));
    await get('/news/bg5');
    proxy.site.set('/news/bg5', publicPage('article:21', { status: 502, body: 'down' }));
    await poll(async () => {
      const answer = await get('/news/bg5');
      expect([answer.status, answer.body]).toEqual([200, 'v1']);
      return proxy.site.hits('/news/bg5') >= 2 ? true : undefined;
    }, 10_000);
    const after = await get('/news/bg5');
    expect([after.status, after.body, after.headers['x-cache']]).toEqual([200, 'v1', 'HIT']);
  });

  it('[PROXY][STALE] past stale-while-revalidate the reader waits for a fresh page', async () => {
    proxy.site.set('/news/old', publicPage('article:22', { sMaxage: 1, swr: 1, body: 'v1' }));
    await get('/news/old');
    proxy.site.set('/news/old', publicPage('article:22', { sMaxage: 1, swr: 1, body: 'v2' }));
    // Nobody asks during the 1 s + 1 s windows (a request would refresh the page in the
    // background), so the next reader finds the copy past both.
    await sleep(2_500);
    const answer = await get('/news/old');
    expect([answer.body, answer.headers['x-cache']]).toEqual(['v2', 'MISS']);
  });

  it('[PROXY][STALE] past stale-while-revalidate a 5xx from the site gives the stale page', async () => {
    proxy.site.set('/news/sie', publicPage('article:23', { sMaxage: 1, swr: 1, body: 'v1' }));
    await get('/news/sie');
    proxy.site.set('/news/sie', publicPage('article:23', { status: 500, body: 'сломано' }));
    await sleep(2_500);
    const answer = await get('/news/sie');
    expect([answer.status, answer.body, answer.headers['x-cache']]).toEqual([200, 'v1', 'HIT']);
    expect(proxy.site.hits('/news/sie')).toBeGreaterThanOrEqual(2);
  });
});
