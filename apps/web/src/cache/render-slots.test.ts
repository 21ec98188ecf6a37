import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { ByteLru } from './lru';
import { createOvertakenReads } from './overtaken-reads';
import { createPageCache } from './page-cache';
import type { StoredPage } from './page-entry';
import { createRenderSlots, handleWithRenderSlots } from './render-slots';
import { tagStore } from './tag-store';

/** Whether a promise has settled by the time pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('render slots', () => {
  it('[SITE][CACHE] at most the limit of renders run at once; the next miss waits its turn, first come first served', async () => {
    const slots = createRenderSlots(2);
    await slots.take('/a');
    await slots.take('/b');
    const c = slots.take('/c');
    const d = slots.take('/d');
    expect(await settled(c)).toBe(false);
    expect(slots.load()).toEqual({ running: 2, waiting: 2 });
    slots.give('/b');
    expect(await settled(c)).toBe(true);
    expect(await settled(d)).toBe(false);
    slots.give('/a');
    expect(await settled(d)).toBe(true);
    slots.give('/c');
    slots.give('/d');
    expect(slots.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('[SITE][CACHE] a key already rendering takes no second slot, and giving it back twice frees one', async () => {
    const slots = createRenderSlots(1);
    await slots.take('/a');
    expect(await settled(slots.take('/a'))).toBe(true);
    const b = slots.take('/b');
    const alsoB = slots.take('/b'); // a second miss of /b while /b waits: one render between them
    slots.give('/a');
    slots.give('/a');
    expect(await settled(b)).toBe(true);
    expect(await settled(alsoB)).toBe(true);
    expect(slots.load()).toEqual({ running: 1, waiting: 0 });
  });

  it('[SITE][CACHE] a slot comes back when the response that took it ends, though its render stored nothing', async () => {
    const slots = createRenderSlots(1);
    const response = new EventEmitter();
    let taken!: Promise<void>;
    handleWithRenderSlots(response, () => {
      taken = slots.take('/failing'); // Next would now render, fail, and store nothing
    });
    await taken;
    const next = slots.take('/next');
    expect(await settled(next)).toBe(false);
    response.emit('close');
    expect(await settled(next)).toBe(true);
  });

  it('[SITE][CACHE] a slot taken outside any request that nobody gives back frees itself', async () => {
    vi.useFakeTimers();
    const slots = createRenderSlots(1, { maxHoldMs: 1000 });
    await slots.take('/orphan');
    const next = slots.take('/next');
    vi.advanceTimersByTime(999);
    await Promise.resolve();
    expect(slots.load()).toEqual({ running: 1, waiting: 1 });
    vi.advanceTimersByTime(1);
    await next;
    expect(slots.load()).toEqual({ running: 1, waiting: 0 });
    vi.useRealTimers();
  });

  it('[SITE][CACHE] the page cache makes a miss wait for a slot, gives it back when the render is stored, and never holds a hit', async () => {
    const slots = createRenderSlots(1);
    const pages = createPageCache({
      local: new ByteLru<StoredPage>(1024 * 1024),
      tags: tagStore(),
      overtaken: createOvertakenReads(),
      slots,
    });
    const stored = (html: string) => ({
      kind: 'APP_PAGE',
      html,
      headers: { 'x-next-cache-tags': 'slots-test' } as Record<string, string>,
    });
    expect(await pages.get('/slots/hit')).toBeNull();
    await pages.set('/slots/hit', stored('<p>hit</p>'), { revalidate: 300 });

    expect(await pages.get('/slots/a')).toBeNull(); // its render holds the only slot
    const b = pages.get('/slots/b');
    expect(await settled(b)).toBe(false);
    expect((await pages.get('/slots/hit'))?.value.html).toBe('<p>hit</p>');
    await pages.set('/slots/a', stored('<p>a</p>'), { revalidate: 300 });
    expect(await b).toBeNull(); // now /b renders
    expect(slots.load()).toEqual({ running: 1, waiting: 0 });
  });
});
