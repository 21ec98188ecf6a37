import {
  findAdjacentArchiveDays,
  listArchiveDay,
  listArchiveDayCounts,
  listArchiveMonths,
  listArchiveMonthsWithNews,
} from '@vestnik/db/queries/archive';
import { cacheLife, cacheTag } from 'next/cache';
import { env } from '@/env';
import { daysOfMonth } from '@/lib/archive-dates';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';

const listingLife = { revalidate: 60, expire: 86_400 };

/**
 * Per-month counts of the whole archive (/archive) or one year. The whole history is ~120 month
 * counts (a few ms at a million articles, from article_days plus the months' edges), so without a
 * year it is kept longer: a total that lags a few minutes is harmless, `lists` still expires it on
 * publish.
 */
async function cachedArchiveMonthsFresh(year?: number) {
  'use cache';
  cacheTag('archive', 'lists');
  cacheLife(year === undefined ? { revalidate: 900, expire: 86_400 } : listingLife);
  return listArchiveMonths(readDb(), { timeZone: env().SITE_TIMEZONE, year });
}

/** Which months have news (no counts: one cheap probe per month); feeds the archive picker. */
async function cachedArchiveMonthsWithNewsFresh() {
  'use cache';
  cacheTag('archive', 'lists');
  cacheLife(listingLife);
  return listArchiveMonthsWithNews(readDb(), { timeZone: env().SITE_TIMEZONE });
}

/** Per-day counts of a month; tagged with each of its days so a publish on any of them expires it. */
async function cachedArchiveDayCountsFresh(year: number, month: number) {
  'use cache';
  cacheTag('archive', 'lists', ...daysOfMonth(year, month).map((day) => `archive:${day}`));
  cacheLife(listingLife);
  return listArchiveDayCounts(readDb(), { timeZone: env().SITE_TIMEZONE, year, month });
}

async function cachedArchiveDayFresh(day: string) {
  'use cache';
  cacheTag(`archive:${day}`, 'lists');
  cacheLife(listingLife);
  const db = readDb();
  const timeZone = env().SITE_TIMEZONE;
  const [articles, adjacent] = await Promise.all([
    listArchiveDay(db, { timeZone, day, limit: 500 }),
    findAdjacentArchiveDays(db, { timeZone, day }),
  ]);
  return { articles, adjacent };
}

export const cachedArchiveMonths = lastGood('cachedArchiveMonths', cachedArchiveMonthsFresh);
export const cachedArchiveMonthsWithNews = lastGood(
  'cachedArchiveMonthsWithNews',
  cachedArchiveMonthsWithNewsFresh,
);
export const cachedArchiveDayCounts = lastGood(
  'cachedArchiveDayCounts',
  cachedArchiveDayCountsFresh,
);
export const cachedArchiveDay = lastGood('cachedArchiveDay', cachedArchiveDayFresh);
