import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from './testing/client.ts';
import { publicPage } from './testing/fake-site.ts';
import { startTestProxy, type TestProxy } from './testing/proxy.ts';

let proxy: TestProxy;

beforeAll(async () => {
  proxy = await startTestProxy();
});
afterAll(() => proxy?.stop());

const get = (path: string, headers: Record<string, string> = {}) =>
  request(proxy.url + path, { headers });

async function twice(path: string) {
  const answers = [await get(path), await get(path)];
  return {
    answers,
    cacheStates: answers.map((a) => a.headers['x-cache']),
    hits: proxy.site.hits(path),
  };
}

describe('Varnish never stores per-reader or failed responses', () => {
  it('[PROXY][COOKIE] reader cookies are stripped before the site and the page stays shared', async () => {
    proxy.site.set('/news/c', publicPage('article:5'));
    await get('/news/c', { Cookie: '_ga=GA1.1.1; consent=yes' });
    expect(proxy.site.lastRequest('/news/c')?.cookie).toBeUndefined();
    const other = await get('/news/c', { Cookie: 'session=someone-else' });
    expect(other.headers['x-cache']).toBe('HIT');
    expect(proxy.site.hits('/news/c')).toBe(1);
  });

  it('[PROXY][COOKIE] a response with Set-Cookie reaches the reader but is not stored', async () => {
    const page = publicPage('article:6');
    proxy.site.set('/news/sc', {
      ...page,
      headers: { ...page.headers, 'Set-Cookie': 'ab=b; Path=/' },
    });
    const { answers, cacheStates, hits } = await twice('/news/sc');
    expect(answers[1]?.headers['set-cookie']).toEqual(['ab=b; Path=/']);
    expect(cacheStates).not.toContain('HIT');
    expect(hits).toBe(2);
  });

  it('[PROXY][CACHE] private and no-store responses are not stored', async () => {
    proxy.site.set('/account', {
      headers: { 'Cache-Control': 'private, no-store', xkey: 'user:1' },
      body: 'мой профиль',
    });
    const { cacheStates, hits } = await twice('/account');
    expect(cacheStates).not.toContain('HIT');
    expect(hits).toBe(2);
  });

  it('[PROXY][ERROR] a 5xx is passed on to the reader and not stored', async () => {
    proxy.site.set('/news/broken', publicPage('article:7', { status: 500, body: 'ошибка' }));
    const { answers, cacheStates, hits } = await twice('/news/broken');
    expect(answers.map((a) => a.status)).toEqual([500, 500]);
    expect(answers[0]?.body).toBe('ошибка');
    expect(cacheStates).not.toContain('HIT');
    expect(hits).toBe(2);
  });
});
