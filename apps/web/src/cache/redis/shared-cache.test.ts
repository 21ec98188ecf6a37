import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataCache } from '../data-cache.ts';
import { ByteLru } from '../lru.ts';
import { createOvertakenReads } from '../overtaken-reads.ts';
import { createPageCache } from '../page-cache.ts';
import type { PageValue } from '../page-entry.ts';
import { connectRedis } from './connection.ts';
import type { Log } from './outage.ts';
import { decodePage, encodePage } from './page-record.ts';
import { sharedEntries } from './shared-entries.ts';
import { createSharedTagStore } from './shared-tag-store.ts';
import { tagKeys } from './tag-scripts.ts';

// The machine's Redis (CI's too); this file's keys under a prefix of its own, deleted afterwards.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `vestnik-test:${randomUUID()}:`;
const raw = createClient({ url: REDIS_URL });
const opened: Array<() => void> = [];

/**
 * One site process: its own connection, tag mirror and memory tier, the shared Redis. Commands
 * get ten seconds, not the product's 250 ms: these tests check what goes through Redis, and CI
 * runs them beside builds that can hold a 3 MB SET past 250 ms (which the product would rightly
 * treat as Redis away, and a test would report as a lost page).
 */
function siteInstance(url = REDIS_URL, log: Log = () => {}) {
  const redis = connectRedis({ url, prefix, log, timeoutMs: 10_000 });
  const tags = createSharedTagStore(redis);
  const shared = (kind: string) => ({ entries: sharedEntries(redis, kind), usable: tags.synced });
  const overtaken = createOvertakenReads();
  const pages = createPageCache({
    local: new ByteLru(64 << 20),
    tags,
    overtaken,
    shared: shared('page'),
  });
  const data = createDataCache({
    local: new ByteLru(64 << 20),
    tags,
    overtaken,
    shared: shared('data'),
  });
  opened.push(() => {
    tags.close();
    redis.close();
  });
  return { tags, pages, data };
}

async function within(ms: number, done: () => boolean | Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - start;
}

const page = (tags: string, extra: Partial<PageValue> = {}): PageValue => ({
  kind: 'APP_PAGE',
  html: '<html>Встреча президентов…</html>',
  headers: { 'x-next-cache-tags': tags },
  ...extra,
});
const life = { revalidate: 300, expire: 86_400 } as const;
const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

beforeAll(async () => {
  await raw.connect();
});

afterAll(async () => {
  for (const close of opened) close();
  for await (const keys of raw.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
    if (keys.length > 0) await raw.del(keys);
  }
  raw.destroy();
});

describe('the shared cache on Redis', () => {
  it('[SITE][CACHE][REDIS] a page one instance rendered is a hit on another, and Redis forgets it with the page', async () => {
    const a = siteInstance();
    const b = siteInstance();
    await within(10_000, () => a.tags.synced() && b.tags.synced());
    expect(await a.pages.get('/news/shared')).toBeNull();
    await a.pages.set('/news/shared', page('article:1,home'), life);
    const hit = await b.pages.get('/news/shared');
    expect(hit?.value.html).toBe('<html>Встреча президентов…</html>');
    expect(hit?.value.headers?.['x-vestnik-tags']).toBe('article:1 home');
    expect(b.pages.size().entries).toBe(1); // now served from B's own memory
    const ttl = await raw.ttl(`${prefix}page:/news/shared`);
    expect(ttl).toBeGreaterThan(86_000);
    expect(ttl).toBeLessThanOrEqual(86_400);
  });

  it('[SITE][CACHE][REDIS] a tag expired on one instance stops every instance serving its pages within a second', async () => {
    const a = siteInstance();
    const b = siteInstance();
    await within(10_000, () => a.tags.synced() && b.tags.synced());
    await a.pages.get('/news/edited');
    await a.pages.set('/news/edited', page('article:2'), life);
    expect(await b.pages.get('/news/edited')).not.toBeNull(); // B holds it in memory too
    await a.tags.expire(['article:2']);
    // No timing assertion (a loaded machine is not the product): polled with room to spare; the
    // bench measures how fast it really is.
    await within(10_000, async () => (await b.pages.get('/news/edited')) === null);
    // A process started after the expiry reads it from the record before it reads any page.
    const c = siteInstance();
    await within(10_000, () => c.tags.synced());
    expect(c.tags.latest(['article:2'])).toBeGreaterThan(0);
    expect(await c.pages.get('/news/edited')).toBeNull();
  });

  it('[SITE][CACHE][REDIS] an expiry whose message was lost is found in the record, within about a second', async () => {
    const b = siteInstance();
    await within(10_000, () => b.tags.synced());
    await b.pages.get('/rubric/lost');
    await b.pages.set('/rubric/lost', page('rubric:9'), life);
    expect(await b.pages.get('/rubric/lost')).not.toBeNull();
    // What the expiry script does, minus the publish: as if B's subscriber never got it.
    const [seconds, micros] = await raw.sendCommand<[string, string]>(['TIME']);
    const keys = tagKeys(prefix);
    const redisNow = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    await raw.hSet(keys.hash, 'rubric:9', String(redisNow));
    await raw.incr(keys.version);
    // The counter is read once a second, then the record (polled with room to spare).
    await within(10_000, async () => (await b.pages.get('/rubric/lost')) === null);
  });

  it('[SITE][CACHE][REDIS] RSC payloads, segments and bodies come back byte for byte, through Redis too', async () => {
    const segments = new Map<string, Buffer>([
      ['/_tree', randomBytes(3000)],
      ['/_full', Buffer.from([0, 255, 0xc3, 0x28, 10, 13])], // not UTF-8 on purpose
      ['/empty', Buffer.alloc(0)],
    ]);
    const value = page('article:3', {
      html: `<html>${'Қазақстан 🇰🇿 '.repeat(20_000)}</html>`,
      rscData: randomBytes(2 * 1024 * 1024),
      segmentData: segments,
      body: Buffer.from('<rss>…</rss>'),
    });
    const local = decodePage(encodePage({ value, lastModified: 1, tags: ['article:3'] }));
    const a = siteInstance();
    const b = siteInstance();
    await within(10_000, () => a.tags.synced() && b.tags.synced());
    await a.pages.set('/news/binary', value, life);
    const shared = (await b.pages.get('/news/binary'))?.value;
    for (const copy of [local?.value, shared]) {
      expect(copy?.html).toBe(value.html);
      expect(copy?.rscData?.equals(value.rscData!)).toBe(true);
      expect(copy?.body?.equals(value.body!)).toBe(true);
      expect([...(copy?.segmentData?.keys() ?? [])]).toEqual([...segments.keys()]);
      for (const [key, bytes] of segments)
        expect(copy?.segmentData?.get(key)?.equals(bytes)).toBe(true);
    }
    const read = randomBytes(100_000);
    const timestamp = Date.now();
    await a.data.set(
      'read:binary',
      Promise.resolve({
        value: streamOf(read),
        tags: ['rubric:3'],
        stale: 30,
        timestamp,
        expire: 300,
        revalidate: 60,
      }),
    );
    const got = await b.data.get('read:binary', []);
    expect(Buffer.from(await new Response(got!.value).arrayBuffer()).equals(read)).toBe(true);
    expect(Math.abs(got!.timestamp - timestamp)).toBeLessThan(1000);
  });

  it('[SITE][CACHE][REDIS] with Redis unreachable a get is a miss, a set does not throw, and the outage is one log line', async () => {
    const lines: string[] = [];
    const down = siteInstance('redis://127.0.0.1:1', (level, msg) =>
      lines.push(`${level}: ${msg}`),
    );
    await new Promise((resolve) => setTimeout(resolve, 300)); // a few failed reconnects
    expect(await down.pages.get('/news/offline')).toBeNull();
    await down.pages.set('/news/offline', page('article:4'), life);
    expect((await down.pages.get('/news/offline'))?.value.html).toContain('Встреча'); // its memory
    await down.tags.expire(['article:4']);
    expect(await down.pages.get('/news/offline')).toBeNull();
    await down.data.set(
      'read:offline',
      Promise.resolve({
        value: streamOf(Buffer.from('x')),
        tags: [],
        stale: 30,
        timestamp: Date.now(),
        expire: 300,
        revalidate: 60,
      }),
    );
    expect(await down.data.get('read:offline', [])).toBeDefined();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warn: Redis is unreachable \(ECONNREFUSED/);
  });
});
