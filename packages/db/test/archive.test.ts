import { describe, expect, it } from 'vitest';
import {
  findAdjacentArchiveDays,
  listArchiveDay,
  listArchiveDayCounts,
  listArchiveMonths,
  listArchiveMonthsWithNews,
} from '../src/queries/archive.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const timeZone = 'Asia/Almaty';

/** Each test uses its own year, so the tests of this file do not see each other's articles. */
describe('archive queries', () => {
  it('[SITE][ARCHIVE] an article at 23:30 Almaty time belongs to that Almaty day', async () => {
    const db = t.current.db;
    // Almaty was UTC+6 in 2011: 23:30 local is 17:30 UTC the same day; 00:10 is the day before in UTC.
    const late = await createArticle(db, { publishAt: new Date('2011-03-14T23:30:00+06:00') });
    const early = await createArticle(db, { publishAt: new Date('2011-03-15T00:10:00+06:00') });

    const on14 = await listArchiveDay(db, {
      locale: 'ru',
      timeZone,
      day: '2011-03-14',
      limit: 100,
    });
    const on15 = await listArchiveDay(db, {
      locale: 'ru',
      timeZone,
      day: '2011-03-15',
      limit: 100,
    });
    expect(on14.map((a) => a.id)).toEqual([late.id]);
    expect(on15.map((a) => a.id)).toEqual([early.id]);
    expect(
      await listArchiveDayCounts(db, { locale: 'ru', timeZone, year: 2011, month: 3 }),
    ).toEqual([
      { day: '2011-03-14', count: 1 },
      { day: '2011-03-15', count: 1 },
    ]);
    // In UTC both would fall on the 14th.
    expect(
      await listArchiveDayCounts(db, { locale: 'ru', timeZone: 'UTC', year: 2011, month: 3 }),
    ).toEqual([{ day: '2011-03-14', count: 2 }]);
  });

  it('[SITE][ARCHIVE] a busy day reads in pages: newest first, each article once, ties by id', async () => {
    const db = t.current.db;
    const at = (minute: number) => new Date(Date.UTC(2010, 4, 7, 3, minute));
    // Five articles of 7 May 2010 (Almaty), two of them at the same minute.
    const made = [];
    for (const minute of [0, 10, 10, 20, 30]) {
      made.push(await createArticle(db, { publishAt: at(minute) }));
    }
    await createArticle(db, { publishAt: new Date('2010-05-08T12:00:00+06:00') });
    const page = (offset: number) =>
      listArchiveDay(db, { locale: 'ru', timeZone, day: '2010-05-07', limit: 2, offset });
    const pages = [await page(0), await page(2), await page(4), await page(6)];
    const [m0, m10a, m10b, m20, m30] = made.map((a) => a.id);
    expect(pages.map((p) => p.map((a) => a.id))).toEqual([
      [m30, m20],
      [Math.max(m10a!, m10b!), Math.min(m10a!, m10b!)],
      [m0],
      [],
    ]);
  });

  it('[SITE][ARCHIVE] previous and next day links skip days without visible news', async () => {
    const db = t.current.db;
    await createArticle(db, { publishAt: new Date('2012-06-01T12:00:00+06:00') });
    await createArticle(db, { publishAt: new Date('2012-06-05T12:00:00+06:00') });
    await createArticle(db, { publishAt: new Date('2012-06-05T18:00:00+06:00') });
    await createArticle(db, { publishAt: new Date('2012-06-20T23:50:00+06:00') });
    await createArticle(db, { status: 'draft', publishAt: new Date('2012-06-10T12:00:00+06:00') });
    await createArticle(db, {
      status: 'archived',
      publishAt: new Date('2012-06-12T12:00:00+06:00'),
    });

    expect(
      await findAdjacentArchiveDays(db, { locale: 'ru', timeZone, day: '2012-06-05' }),
    ).toMatchObject({
      previous: '2012-06-01',
      next: '2012-06-20',
    });
    // An empty day still links to its nearest neighbours with news.
    expect(
      await findAdjacentArchiveDays(db, { locale: 'ru', timeZone, day: '2012-06-10' }),
    ).toMatchObject({
      previous: '2012-06-05',
      next: '2012-06-20',
    });
    expect(
      await listArchiveDay(db, { locale: 'ru', timeZone, day: '2012-06-10', limit: 10 }),
    ).toEqual([]);
  });

  it('[SITE][ARCHIVE] the newest day with news has no next day; future scheduled articles do not count', async () => {
    const db = t.current.db;
    const now = new Date('2014-09-10T12:00:00Z');
    await createArticle(db, { publishAt: new Date('2014-09-09T12:00:00Z') });
    await createArticle(db, { status: 'scheduled', publishAt: new Date('2014-09-11T12:00:00Z') });
    expect(
      await findAdjacentArchiveDays(db, { locale: 'ru', timeZone, day: '2014-09-09', now }),
    ).toMatchObject({
      next: null,
    });
    expect(
      await listArchiveDayCounts(db, { locale: 'ru', timeZone, year: 2014, month: 9, now }),
    ).toEqual([{ day: '2014-09-09', count: 1 }]);
  });

  it('[SITE][ARCHIVE] months of a year and of the whole archive come with their counts', async () => {
    const db = t.current.db;
    // 31 January 22:00 in Almaty (+06:00 in 2013) is still January there, February in no zone.
    await createArticle(db, { publishAt: new Date('2013-01-31T22:00:00+06:00') });
    await createArticle(db, { publishAt: new Date('2013-02-01T00:30:00+06:00') });
    await createArticle(db, { publishAt: new Date('2013-02-15T12:00:00+06:00') });
    await createArticle(db, { publishAt: new Date('2013-11-15T12:00:00+06:00') });

    expect(await listArchiveMonths(db, { locale: 'ru', timeZone, year: 2013 })).toEqual([
      { year: 2013, month: 11, count: 1 },
      { year: 2013, month: 2, count: 2 },
      { year: 2013, month: 1, count: 1 },
    ]);
    const all = await listArchiveMonths(db, { locale: 'ru', timeZone });
    expect(all).toContainEqual({ year: 2013, month: 2, count: 2 });
    expect(all.map((m) => m.year * 100 + m.month)).toEqual(
      [...all.map((m) => m.year * 100 + m.month)].sort((a, b) => b - a),
    );
    const present = await listArchiveMonthsWithNews(db, { locale: 'ru', timeZone });
    expect(present).toEqual(all.map(({ year, month }) => ({ year, month })));
    expect(present).not.toContainEqual({ year: 2013, month: 5 });
  });

  it('[SITE][ARCHIVE] month counts include today up to now and no scheduled article before its time', async () => {
    const db = t.current.db;
    const now = new Date('2015-06-15T12:00:00Z');
    await createArticle(db, { publishAt: new Date('2015-06-10T10:00:00Z') });
    await createArticle(db, { publishAt: new Date('2015-06-15T10:00:00Z') });
    await createArticle(db, { status: 'scheduled', publishAt: new Date('2015-06-15T14:00:00Z') });
    await createArticle(db, { status: 'scheduled', publishAt: new Date('2015-06-20T10:00:00Z') });
    expect(await listArchiveMonths(db, { locale: 'ru', timeZone, year: 2015, now })).toEqual([
      { year: 2015, month: 6, count: 2 },
    ]);
    const later = new Date('2015-06-21T00:00:00Z');
    expect(await listArchiveMonths(db, { locale: 'ru', timeZone, year: 2015, now: later })).toEqual(
      [{ year: 2015, month: 6, count: 4 }],
    );
  });
});
