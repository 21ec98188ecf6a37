import { describe, expect, it } from 'vitest';
import { listArticleSample } from '../src/queries/article-sample.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000);

describe('benchmark sample', () => {
  it('[BENCH][SAMPLE] spreads over the whole archive and holds only what readers can see', async () => {
    const db = t.current.db;
    const visible = [];
    for (let i = 0; i < 30; i++) visible.push(await createArticle(db, { publishAt: ago(30 - i) }));
    const draft = await createArticle(db, { status: 'draft' });
    const future = await createArticle(db, { status: 'scheduled', publishAt: ago(-2) });
    const sample = await listArticleSample(db, { count: 10 });
    const ids = sample.map((a) => a.id);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(future.id);
    // Old and new alike, not the newest ten.
    expect(Math.min(...ids)).toBeLessThan(visible[10]!.id);
    expect(Math.max(...ids)).toBeGreaterThan(visible[19]!.id);
  });
});
