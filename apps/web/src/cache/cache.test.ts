import { describe, expect, it, vi } from 'vitest';
import dataHandler from './data-handler';
import { ByteLru } from './lru';
import PageCacheHandler, { PAGE_TAGS_HEADER } from './page-handler';
import { tagStore } from './tag-store';

const page = (tags: string) => ({
  kind: 'APP_PAGE',
  html: '<html>…</html>',
  headers: { 'x-next-cache-tags': tags } as Record<string, string>,
});

describe('page cache', () => {
  it('[SITE][CACHE] a stored page is served until one of its tags is expired', async () => {
    const handler = new PageCacheHandler();
    await handler.get('/page/a');
    await handler.set('/page/a', page('article:101,home,_N_T_/layout'), {
      cacheControl: { revalidate: 300, expire: 86_400 },
    });
    expect((await handler.get('/page/a'))?.value.html).toBe('<html>…</html>');
    tagStore().expire(['home']);
    expect(await handler.get('/page/a')).toBeNull();
  });

  it('[SITE][CACHE] a tag expired while the page was rendering invalidates what that render stores', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T09:00:00Z') });
    const handler = new PageCacheHandler();
    expect(await handler.get('/page/b')).toBeNull(); // the render starts here
    vi.advanceTimersByTime(40);
    tagStore().expire(['article:102']); // an editor saves mid-render
    vi.advanceTimersByTime(40);
    await handler.set('/page/b', page('article:102'), { cacheControl: { revalidate: 300 } });
    expect(await handler.get('/page/b')).toBeNull();
    vi.useRealTimers();
  });

  it('[SITE][CACHE] the page’s own tags, without Next’s path tags, ride on its headers to HTTP caches', async () => {
    const handler = new PageCacheHandler();
    const value = page('article:103,rubric:4,_N_T_/news/layout');
    await handler.set('/page/c', value, {});
    expect(value.headers[PAGE_TAGS_HEADER]).toBe('article:103 rubric:4');
  });
});

describe('data cache', () => {
  const entry = (tags: string[], text: string) => ({
    value: new Response(text).body!,
    tags,
    stale: 30,
    timestamp: Date.now() - 1,
    expire: 300,
    revalidate: 60,
  });

  it('[SITE][CACHE] a cached read is served until its tag or a soft tag is expired', async () => {
    await dataHandler.set('read:a', Promise.resolve(entry(['rubric:7'], 'first')));
    const hit = await dataHandler.get('read:a', []);
    expect(await new Response(hit!.value).text()).toBe('first');
    // Each read gets its own stream over the stored bytes.
    const again = await dataHandler.get('read:a', []);
    expect(await new Response(again!.value).text()).toBe('first');
    tagStore().expire(['rubric:7']);
    expect(await dataHandler.get('read:a', [])).toBeUndefined();
    expect(await dataHandler.getExpiration(['rubric:7'])).toBeGreaterThan(0);
  });

  it('[SITE][CACHE] a value that failed while streaming is not kept', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.error(new Error('render failed'));
      },
    });
    await dataHandler.set('read:b', Promise.resolve({ ...entry([], ''), value: broken }));
    expect(await dataHandler.get('read:b', [])).toBeUndefined();
  });
});

describe('byte-bounded LRU', () => {
  it('[SITE][CACHE] the least recently used entries leave first when the bytes run out', () => {
    const lru = new ByteLru<string>(100);
    lru.set('a', 'A', 40);
    lru.set('b', 'B', 40);
    lru.get('a');
    lru.set('c', 'C', 40);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.size).toEqual({ entries: 2, bytes: 80 });
    lru.set('huge', 'H', 101);
    expect(lru.get('huge')).toBeUndefined();
  });
});
