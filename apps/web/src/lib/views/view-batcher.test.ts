import { describe, expect, test } from 'vitest';
import { ViewBatcher } from './view-batcher';

/** A write that fails while `away` is set, as the database does during an outage. */
function database() {
  const state = { away: false, written: new Map<number, number>(), attempts: 0 };
  const flush = async (counts: Map<number, number>) => {
    state.attempts += 1;
    if (state.away) throw new Error('ECONNREFUSED');
    for (const [id, k] of counts) state.written.set(id, (state.written.get(id) ?? 0) + k);
  };
  return { state, flush };
}

describe('[SITE][VIEWS] the view batcher through an outage', () => {
  test('views of a failed write wait in memory and are written once the database is back', async () => {
    const db = database();
    const batcher = new ViewBatcher({ flush: db.flush, intervalMs: 10_000, maxBatch: 1000 });
    db.state.away = true;
    for (let i = 0; i < 5; i++) batcher.add(7);
    batcher.add(8);
    await batcher.flush();
    expect(batcher.unsavedTotal()).toBe(6);
    expect(batcher.unsaved(7)).toBe(5);
    db.state.away = false;
    await batcher.flush();
    expect(batcher.unsavedTotal()).toBe(0);
    expect([...db.state.written]).toEqual([
      [7, 5],
      [8, 1],
    ]);
  });

  test('while writes fail, a full batch does not start a write per view', async () => {
    const db = database();
    const batcher = new ViewBatcher({ flush: db.flush, intervalMs: 10_000, maxBatch: 2 });
    db.state.away = true;
    batcher.add(1);
    batcher.add(2);
    await batcher.flush();
    const attempts = db.state.attempts;
    for (let i = 0; i < 100; i++) batcher.add(3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(db.state.attempts).toBe(attempts);
    expect(batcher.unsavedTotal()).toBe(102);
  });

  test('memory is bounded: views of articles beyond the limit are dropped and counted', async () => {
    const db = database();
    const batcher = new ViewBatcher({
      flush: db.flush,
      intervalMs: 10_000,
      maxBatch: 10_000,
      maxArticles: 3,
    });
    for (const id of [1, 2, 3, 4, 5, 1]) batcher.add(id);
    expect(batcher.dropped).toBe(2);
    expect(batcher.unsavedTotal()).toBe(4);
    await batcher.flush();
    expect([...db.state.written.keys()]).toEqual([1, 2, 3]);
  });
});

describe('[SITE][VIEWS] the live total: stored + unsaved counts each view once', () => {
  /** A database whose writes finish when the test says so. */
  function heldDatabase() {
    const stored = new Map<number, number>();
    let release: (() => void) | undefined;
    const flush = async (counts: Map<number, number>) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      for (const [id, k] of counts) stored.set(id, (stored.get(id) ?? 0) + k);
    };
    return { stored, flush, release: () => release?.() };
  }

  test('a read that a flush lands in is made again: no batch is lost from the total', async () => {
    const db = heldDatabase();
    const batcher = new ViewBatcher({ flush: db.flush, intervalMs: 10_000, maxBatch: 1000 });
    batcher.add(7);
    batcher.add(7);
    let reads = 0;
    let readDone: (() => void) | undefined;
    const total = batcher.quietRead(async () => {
      reads += 1;
      const value = db.stored.get(7) ?? 0;
      // The first read answers from before the write, and comes back after it.
      if (reads === 1) await new Promise<void>((resolve) => (readDone = resolve));
      return value;
    }, 5_000);
    const flushing = batcher.flush();
    db.release();
    await flushing;
    readDone?.();
    // Read once, that would be 0 stored + 0 unsaved.
    expect((await total)! + batcher.unsaved(7)).toBe(2);
    expect(reads).toBe(2);
  });

  test('a flush running when the read starts is waited for, then the read is made once', async () => {
    const db = heldDatabase();
    const batcher = new ViewBatcher({ flush: db.flush, intervalMs: 10_000, maxBatch: 1000 });
    batcher.add(7);
    const flushing = batcher.flush();
    let reads = 0;
    const total = batcher.quietRead(async () => {
      reads += 1;
      return db.stored.get(7) ?? 0;
    }, 5_000);
    db.release();
    await flushing;
    expect((await total)! + batcher.unsaved(7)).toBe(1);
    expect(reads).toBe(1);
  });

  test('a write that never ends (the database away) makes the total unknown within the wait', async () => {
    const batcher = new ViewBatcher({
      flush: () => new Promise<void>(() => {}),
      intervalMs: 10_000,
      maxBatch: 1000,
    });
    batcher.add(7);
    void batcher.flush();
    expect(await batcher.quietRead(async () => 5, 50)).toBeUndefined();
    expect(batcher.unsaved(7)).toBe(1);
  });
});
