import { describe, expect, it } from 'vitest';
import { isPopularPeriod, listPopularArticles, zonedDay } from '../src/queries/popular.ts';
import * as s from '../src/schema/index.ts';
import { createArticle } from '../src/testing/factories.ts';
import { useTestDatabase } from './context.ts';

const t = useTestDatabase();
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
      (await listPopularArticles(db, { period, limit: 10, timeZone, now })).map((r) => r.id);

    expect(await ids('day')).toEqual([a.today, a.steady]);
    expect(await ids('week')).toEqual([a.steady, a.yesterday, a.today]);
    expect(await ids('month')).toEqual([a.tenDaysAgo, a.steady, a.yesterday, a.today]);
    expect(await ids('all')).toEqual([a.old, a.tenDaysAgo, a.steady, a.yesterday, a.today]);

    const week = await listPopularArticles(db, { period: 'week', limit: 1, timeZone, now });
    expect(week).toEqual([expect.objectContaining({ id: a.steady, views: 120 })]);
  });

  it('[SITE][POPULAR] the calendar day of "now" follows the site time zone', () => {
    expect(zonedDay(now, timeZone)).toBe('2031-01-11');
    expect(zonedDay(now, 'UTC')).toBe('2031-01-10');
    expect(zonedDay(now, timeZone, -6)).toBe('2031-01-05');
    expect(isPopularPeriod('week')).toBe(true);
    expect(isPopularPeriod('year')).toBe(false);
  });
});
