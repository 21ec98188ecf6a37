import { tags } from '@vestnik/cache/tags';
import {
  findAdjacentArchiveDays,
  listArchiveDay,
  listArchiveDayCounts,
  listArchiveMonths,
  listArchiveMonthsWithNews,
} from '@vestnik/db/queries/archive';
import { cacheLife } from 'next/cache';
import { env } from '@/env';
import { readDb } from '@/lib/db';
import type { Edition } from '@/lib/edition';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { articleTags } from './listings';
import { tagCache } from './tag-cache';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Per-month counts of the whole archive (/archive) or of one year (from article_days plus the
 * months' edges: a few ms at a million articles). The whole history follows the clock (a lag of
 * minutes is harmless); a year's counts are expired by every change in that year.
 */
async function cachedArchiveMonthsFresh(edition: Edition, year?: number) {
  'use cache';
  if (year === undefined) {
    tagCache(tags.archive);
    cacheLife(life.overview);
  } else {
    tagCache(tags.year(String(year)));
    cacheLife(life.list);
  }
  return listArchiveMonths(readDb(), { locale: edition, timeZone: env().SITE_TIMEZONE, year });
}

/** Which months have news (for the archive picker on every page): follows the clock. */
async function cachedArchiveMonthsWithNewsFresh(edition: Edition) {
  'use cache';
  tagCache(tags.archive);
  cacheLife(life.overview);
  return listArchiveMonthsWithNews(readDb(), { locale: edition, timeZone: env().SITE_TIMEZONE });
}

/** Per-day counts of a month (the calendar). */
async function cachedArchiveDayCountsFresh(edition: Edition, year: number, month: number) {
  'use cache';
  tagCache(tags.month(`${year}-${pad(month)}`));
  cacheLife(life.list);
  return listArchiveDayCounts(readDb(), {
    locale: edition,
    timeZone: env().SITE_TIMEZONE,
    year,
    month,
  });
}

/** Articles on one page of an archive day (a busy day at a national daily has a few hundred). */
export const DAY_PAGE_SIZE = 50;

/**
 * One page of a day's articles (1-based) and the nearest days with news. The neighbours change
 * when an article is published on another day: the day's own tag covers its list; the neighbours
 * follow the clock.
 */
async function cachedArchiveDayFresh(edition: Edition, day: string, page: number) {
  'use cache';
  cacheLife(life.list);
  const db = readDb();
  const timeZone = env().SITE_TIMEZONE;
  const [articles, adjacent] = await Promise.all([
    listArchiveDay(db, {
      locale: edition,
      timeZone,
      day,
      limit: DAY_PAGE_SIZE,
      offset: (page - 1) * DAY_PAGE_SIZE,
    }),
    findAdjacentArchiveDays(db, { locale: edition, timeZone, day }),
  ]);
  tagCache(tags.day(day), ...articleTags(articles));
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
