import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getArticleViewCount, incrementArticleViews } from '../src/queries/views.ts';
import * as s from '../src/schema/index.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();

async function dailyViews(articleId: number, day: string) {
  const [row] = await t.current.db
    .select({ views: s.articleViewsDaily.views })
    .from(s.articleViewsDaily)
    .where(and(eq(s.articleViewsDaily.articleId, articleId), eq(s.articleViewsDaily.day, day)));
  return row?.views;
}

describe('view counting', () => {
  it('[SITE][VIEWS] a batch adds to the total and to the day row, and returns the new totals', async () => {
    const db = t.current.db;
    const a = await createArticle(db, { viewCount: 10 });
    const b = await createArticle(db);
    const totals = await incrementArticleViews(db, {
      counts: new Map([
        [a.id, 3],
        [b.id, 1],
      ]),
      day: '2026-03-03',
    });
    expect(totals).toEqual(
      new Map([
        [a.id, 13],
        [b.id, 1],
      ]),
    );
    await incrementArticleViews(db, { counts: new Map([[a.id, 2]]), day: '2026-03-03' });
    await incrementArticleViews(db, { counts: new Map([[a.id, 4]]), day: '2026-03-04' });
    expect(await getArticleViewCount(db, { id: a.id })).toBe(19);
    expect(await dailyViews(a.id, '2026-03-03')).toBe(5);
    expect(await dailyViews(a.id, '2026-03-04')).toBe(4);
  });

  it('[SITE][VIEWS] 50 parallel increments from separate connections sum exactly', async () => {
    const db = t.current.db;
    const a = await createArticle(db);
    const b = await createArticle(db);
    // Alternate the order of ids between batches: id-ordered locking must prevent deadlocks.
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        incrementArticleViews(db, {
          counts: new Map(
            i % 2
              ? [
                  [a.id, 1],
                  [b.id, 2],
                ]
              : [
                  [b.id, 2],
                  [a.id, 1],
                ],
          ),
          day: '2026-05-12',
        }),
      ),
    );
    expect(await getArticleViewCount(db, { id: a.id })).toBe(50);
    expect(await getArticleViewCount(db, { id: b.id })).toBe(100);
    expect(await dailyViews(a.id, '2026-05-12')).toBe(50);
    expect(await dailyViews(b.id, '2026-05-12')).toBe(100);
  });

  it('[SITE][VIEWS] drafts and future scheduled articles are not counted nor readable', async () => {
    const db = t.current.db;
    const draft = await createArticle(db, { status: 'draft' });
    const future = await createArticle(db, {
      status: 'scheduled',
      publishAt: new Date(Date.now() + 3_600_000),
    });
    const totals = await incrementArticleViews(db, {
      counts: new Map([
        [draft.id, 5],
        [future.id, 5],
        [2_000_000_000, 1],
      ]),
      day: '2026-05-12',
    });
    expect(totals.size).toBe(0);
    expect(await getArticleViewCount(db, { id: draft.id })).toBeUndefined();
    expect(await getArticleViewCount(db, { id: future.id })).toBeUndefined();
    const [row] = await db
      .select({ viewCount: s.articles.viewCount })
      .from(s.articles)
      .where(eq(s.articles.id, draft.id));
    expect(row?.viewCount).toBe(0);
    expect(await dailyViews(draft.id, '2026-05-12')).toBeUndefined();
  });

  it('[SITE][VIEWS] an empty or invalid batch writes nothing', async () => {
    const db = t.current.db;
    const a = await createArticle(db);
    expect(
      await incrementArticleViews(db, {
        counts: new Map([[a.id, 0]]),
        day: '2026-05-12',
      }),
    ).toEqual(new Map());
    expect(await getArticleViewCount(db, { id: a.id })).toBe(0);
  });
});
