import { and, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isPopularPeriod, listPopularArticles, zonedDay } from '../src/queries/popular.ts';
import { advancePopularWindows } from '../src/queries/popular-windows.ts';
import { incrementArticleViews } from '../src/queries/views.ts';
import * as s from '../src/schema/index.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const timeZone = 'Asia/Almaty';
// 20:00 UTC on 10 January is already 11 January in Almaty (UTC+5 from 2024).
const now = new Date('2031-01-10T20:00:00Z');

async function setup() {
  const db = t.current.db;
  const publishAt = new Date('2030-11-01T08:00:00Z');
  const make = async (viewCount: number, views: [string, number][], status?: 'draft') => {
    const article = await createArticle(db, { publishAt, viewCount, status });
    await db
      .insert(s.articleViewsDaily)
      .values(views.map(([day, n]) => ({ articleId: article.id, day, views: n })));
    return article.id;
  };
  return {
    today: await make(60, [['2031-01-11', 50]]),
    yesterday: await make(110, [['2031-01-10', 100]]),
    tenDaysAgo: await make(700, [['2031-01-01', 500]]),
    old: await make(5000, [['2030-11-01', 5000]]),
    // Read a little every day of the week: wins the week on the sum of its days.
    steady: await make(210, [
      ['2031-01-05', 30],
      ['2031-01-07', 30],
      ['2031-01-09', 30],
      ['2031-01-11', 30],
    ]),
    hidden: await make(99_999, [['2031-01-11', 99_999]], 'draft'),
  };
}

describe('popular queries', () => {
  it('[SITE][POPULAR] day, week and month sum the reads of their days in the site time zone; all uses the total', async () => {
    const db = t.current.db;
    const a = await setup();
    const ids = async (period: 'day' | 'week' | 'month' | 'all') =>
      (await listPopularArticles(db, { locale: 'ru', period, limit: 10, timeZone, now })).map(
        (r) => r.id,
      );

    expect(await ids('day')).toEqual([a.today, a.steady]);
    expect(await ids('week')).toEqual([a.steady, a.yesterday, a.today]);
    expect(await ids('month')).toEqual([a.tenDaysAgo, a.steady, a.yesterday, a.today]);
    expect(await ids('all')).toEqual([a.old, a.tenDaysAgo, a.steady, a.yesterday, a.today]);

    const week = await listPopularArticles(db, {
      locale: 'ru',
      period: 'week',
      limit: 1,
      timeZone,
      now,
    });
    expect(week).toEqual([expect.objectContaining({ id: a.steady, views: 120 })]);
  });

  it('[SITE][POPULAR] the calendar day of "now" follows the site time zone', () => {
    expect(zonedDay(now, timeZone)).toBe('2031-01-11');
    expect(zonedDay(now, 'UTC')).toBe('2031-01-10');
    expect(zonedDay(now, timeZone, -6)).toBe('2031-01-05');
    expect(isPopularPeriod('week')).toBe(true);
    expect(isPopularPeriod('year')).toBe(false);
  });

  it('[SITE][POPULAR] running totals list what the daily sums list, and follow new reads and new days', async () => {
    const db = t.current.db;
    // 20:00 UTC on 10 March is 11 March in Almaty.
    const march11 = new Date('2033-03-10T20:00:00Z');
    const march12 = new Date('2033-03-11T20:00:00Z');
    const list = async (period: 'day' | 'week' | 'month', now = march11) =>
      (await listPopularArticles(db, { locale: 'ru', period, limit: 10, timeZone, now })).map(
        (r) => [r.id, r.views],
      );
    // As the view counter writes: insert the day row or add to it.
    const read = (articleId: number, day: string, views: number) =>
      db
        .insert(s.articleViewsDaily)
        .values({ articleId, day, views })
        .onConflictDoUpdate({
          target: [s.articleViewsDaily.articleId, s.articleViewsDaily.day],
          set: { views: sql`${s.articleViewsDaily.views} + ${views}` },
        });
    const publishAt = new Date('2033-01-01T08:00:00Z');
    const [a, b, c] = [
      (await createArticle(db, { publishAt })).id,
      (await createArticle(db, { publishAt })).id,
      (await createArticle(db, { publishAt })).id,
    ];
    const hidden = (await createArticle(db, { status: 'draft' })).id;
    await read(a, '2033-03-11', 40);
    await read(a, '2033-03-05', 30);
    await read(b, '2033-03-10', 100);
    await read(c, '2033-02-20', 500);
    await read(hidden, '2033-03-11', 9999);
    const summed = { day: await list('day'), week: await list('week'), month: await list('month') };
    expect(summed.week).toEqual([
      [b, 100],
      [a, 70],
    ]);

    await advancePopularWindows(db, { today: '2033-03-11' });
    const windows = await db.select().from(s.popularWindows).orderBy(s.popularWindows.period);
    expect(windows.map((w) => [w.period, w.firstDay])).toEqual([
      ['day', '2033-03-11'],
      ['month', '2033-02-10'],
      ['week', '2033-03-05'],
    ]);
    expect({
      day: await list('day'),
      week: await list('week'),
      month: await list('month'),
    }).toEqual(summed);

    await read(b, '2033-03-11', 100);
    expect(await list('day')).toEqual([
      [b, 100],
      [a, 40],
    ]);
    expect(await list('week')).toEqual([
      [b, 200],
      [a, 70],
    ]);

    // The view counter's first flush of 12 March moves the windows (this read itself is not
    // counted: the article is in the future by the real clock).
    await incrementArticleViews(db, { counts: new Map([[a, 1]]), day: '2033-03-12' });
    expect(await list('day', march12)).toEqual([]);
    expect(await list('week', march12)).toEqual([
      [b, 200],
      [a, 40],
    ]);
    expect(await list('month', march12)).toEqual([
      [c, 500],
      [b, 200],
      [a, 70],
    ]);
    const totals = await db
      .select()
      .from(s.articleViewsRecent)
      .where(inArray(s.articleViewsRecent.articleId, [a, b, c, hidden]))
      .orderBy(s.articleViewsRecent.period, s.articleViewsRecent.articleId);
    expect(totals.map((r) => [r.period, r.articleId, r.views])).toEqual([
      ['month', a, 70],
      ['month', b, 200],
      ['month', c, 500],
      ['month', hidden, 9999],
      ['week', a, 40],
      ['week', b, 200],
      ['week', hidden, 9999],
    ]);
    // The lists read those totals (a changed total shows)…
    await db
      .update(s.articleViewsRecent)
      .set({ views: 1000 })
      .where(and(eq(s.articleViewsRecent.period, 'week'), eq(s.articleViewsRecent.articleId, a)));
    expect((await list('week', march12))[0]).toEqual([a, 1000]);
    // …but not a window that does not start where the reader expects: 11 March sums the days.
    expect(await list('week')).toEqual([
      [b, 200],
      [a, 70],
    ]);
  });
});
