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
