import { describe, expect, it, vi } from 'vitest';
import dataHandler from './data-handler';
import { ByteLru } from './lru';
import { createOvertakenReads } from './overtaken-reads';
import { OVERTAKEN_HEADER } from './page-entry';
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
    const value = page('article:102');
    await handler.set('/page/b', value, { cacheControl: { revalidate: 300 } });
    expect(await handler.get('/page/b')).toBeNull();
    // Nor may an HTTP cache keep this response: the purge that went with the expiry is past.
    expect(value.headers[OVERTAKEN_HEADER]).toBe('1');
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

/** A cached read whose value the test hands over when it chooses. */
function openRead(tags: string[]) {
  let finish!: (text: string) => void;
  const text = new Promise<string>((resolve) => {
    finish = resolve;
  });
  const timestamp = Date.now();
  const entry = text.then((t) => ({
    value: new Response(t).body!,
    tags,
    stale: 30,
    timestamp,
    expire: 300,
    revalidate: 60,
  }));
  return { entry, finish };
}

describe('a render that joins a read an expiry overtook', () => {
  // Next 16.4 lets a render join a `'use cache'` read another request began, and the joiner never
  // asks our handlers: only the read's own write shows that an expiry overtook it. (Tags of
  // their own: the fake clock is behind the real one, and other tests expire with the real one.)
  it('[SITE][CACHE] a page begun after an expiry that got data read before it is neither kept nor public', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T10:00:00Z') });
    const handler = new PageCacheHandler();
    const read = openRead(['rubric-list']); // one request begins reading the rubric list
    const written = dataHandler.set('read:rubric-list', read.entry);
    vi.advanceTimersByTime(20);
    tagStore().expire(['rubric-list']); // an editor adds a rubric
    vi.advanceTimersByTime(20);
    expect(await handler.get('/page/e')).toBeNull(); // another page begins, joins the read
    vi.advanceTimersByTime(20);
    read.finish('the old rubric list');
    await written;
    vi.advanceTimersByTime(20);
    const value = page('rubric-list');
    await handler.set('/page/e', value, { cacheControl: { revalidate: 300 } });
    expect(await handler.get('/page/e')).toBeNull();
    expect(value.headers[OVERTAKEN_HEADER]).toBe('1');
    // The read itself is not served either.
    expect(await dataHandler.get('read:rubric-list', [])).toBeUndefined();

    // A render begun after that read ended could not join it: it is kept, as usual.
    vi.advanceTimersByTime(20);
    expect(await handler.get('/page/e')).toBeNull();
    const later = page('rubric-list');
    await handler.set('/page/e', later, { cacheControl: { revalidate: 300 } });
    expect((await handler.get('/page/e'))?.value.html).toBe('<html>…</html>');
    expect(later.headers[OVERTAKEN_HEADER]).toBeUndefined();
    vi.useRealTimers();
  });

  it('[SITE][CACHE] a cached read that ran inside another and may have joined an overtaken one is not kept', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T11:00:00Z') });
    const inner = openRead(['popular']);
    const innerWritten = dataHandler.set('read:popular', inner.entry);
    vi.advanceTimersByTime(20);
    tagStore().expire(['popular']);
    vi.advanceTimersByTime(20);
    const outer = openRead(['popular', 'sidebar']); // begun after the expiry, joins the inner read
    const outerWritten = dataHandler.set('read:sidebar', outer.entry);
    inner.finish('yesterday’s list');
    await innerWritten;
    vi.advanceTimersByTime(20);
    outer.finish('a sidebar around yesterday’s list');
    await outerWritten;
    expect(await dataHandler.get('read:sidebar', [])).toBeUndefined();
    vi.useRealTimers();
  });

  it('[SITE][CACHE] only overtaken reads that ended during a render date it back', () => {
    const reads = createOvertakenReads();
    reads.note(100, 200);
    reads.note(150, 400);
    expect(reads.validFrom(500)).toBe(500);
    expect(reads.validFrom(300)).toBe(150);
    expect(reads.validFrom(180)).toBe(100);
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
