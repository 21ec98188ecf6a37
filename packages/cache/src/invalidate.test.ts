import { afterEach, describe, expect, it, vi } from 'vitest';
import { invalidateTags } from './invalidate.ts';
import { tags } from './tags.ts';
import { recordingEndpoint as target } from './testing.ts';

const instant = { backoffMs: () => 0, repurgeAfterMs: 0 };
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
  vi.restoreAllMocks();
});

describe('invalidateTags', () => {
  it('[CACHE][PURGE] expires the tags on the site and purges them from every proxy by key', async () => {
    const site = await target([200]);
    const proxy = await target([200]);
    closers.push(site.close, proxy.close);
    const report = await invalidateTags(
      { siteUrl: site.url, revalidateSecret: 'a'.repeat(32), purgeUrls: [`${proxy.url}/`] },
      ['article:7', 'home', 'article:7'],
      instant,
    );
    expect(report).toEqual({ ok: true, failed: [] });
    expect(site.seen[0]).toMatchObject({ method: 'POST', url: '/api/revalidate' });
    expect(site.seen[0]!.headers.authorization).toBe(`Bearer ${'a'.repeat(32)}`);
    expect(JSON.parse(site.seen[0]!.body)).toEqual({ tags: ['article:7', 'home'] });
    expect(proxy.seen[0]).toMatchObject({ method: 'PURGE' });
    expect(proxy.seen[0]!.headers['xkey-purge']).toBe('article:7 home');
  });

  it('[CACHE][PURGE] purges every proxy a second time a moment later, the site once', async () => {
    const site = await target([200]);
    const proxies = [await target([200]), await target([200])];
    closers.push(site.close, ...proxies.map((p) => p.close));
    const report = await invalidateTags(
      {
        siteUrl: site.url,
        revalidateSecret: 'd'.repeat(32),
        purgeUrls: proxies.map((p) => p.url),
      },
      ['article:9', 'home'],
      { ...instant, repurgeAfterMs: 50 },
    );
    // The report comes with the first round: the second is not waited for.
    expect(report).toEqual({ ok: true, failed: [] });
    expect(proxies.map((p) => p.seen.length)).toEqual([1, 1]);
    await vi.waitFor(() => expect(proxies.map((p) => p.seen.length)).toEqual([2, 2]));
    for (const proxy of proxies) {
      expect(proxy.seen[1]).toMatchObject({ method: 'PURGE' });
      expect(proxy.seen[1]!.headers['xkey-purge']).toBe('article:9 home');
    }
    expect(site.seen).toHaveLength(1);
  });

  it('[CACHE][PURGE] a failing proxy is retried, logged and reported while the site still updates', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const site = await target([200]);
    const flaky = await target([503, 200]);
    const down = await target([500]);
    closers.push(site.close, flaky.close, down.close);
    const report = await invalidateTags(
      { siteUrl: site.url, revalidateSecret: 'b'.repeat(32), purgeUrls: [flaky.url, down.url] },
      ['rubric:3'],
      instant,
    );
    expect(flaky.seen).toHaveLength(2);
    expect(down.seen).toHaveLength(3);
    expect(site.seen).toHaveLength(1);
    expect(report).toEqual({ ok: false, failed: [`purge ${down.url}`] });
    expect(console.error).toHaveBeenCalledTimes(4);
  });

  it('[CACHE][PURGE] an unreachable proxy is a reported failure, not an exception', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const report = await invalidateTags(
      { siteUrl: 'http://127.0.0.1:9', purgeUrls: ['http://127.0.0.1:9/'] },
      ['home'],
      { ...instant, attempts: 2, timeoutMs: 500 },
    );
    expect(report).toEqual({ ok: false, failed: ['purge http://127.0.0.1:9/'] });
  });

  it('[CACHE][PURGE] malformed tags are dropped before they reach any target', async () => {
    const site = await target([200]);
    closers.push(site.close);
    await invalidateTags(
      { siteUrl: site.url, revalidateSecret: 'c'.repeat(32), purgeUrls: [] },
      // Well-typed, still malformed: a builder's argument is only checked when sent.
      ['home', tags.slug('Bad Tag'), 'slug:ok-1', tags.day('x\n')],
      instant,
    );
    expect(JSON.parse(site.seen[0]!.body)).toEqual({ tags: ['home', 'slug:ok-1'] });
  });
});
