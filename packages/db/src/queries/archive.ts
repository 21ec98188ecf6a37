import { and, asc, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { articleDays, articles, rubrics } from '../schema/index.ts';
import { type ListingCard, listingCardColumns } from './listing-card.ts';
import { isVisible } from './visibility.ts';

/**
 * The archive counts calendar days in the site time zone (an article at 23:30 in Almaty belongs to
 * that Almaty day). Every bound is computed in SQL as "local midnight at time zone", so each query
 * is a range scan on articles_locale_visible_idx over one edition's publish_at instead of
 * grouping the whole table. Each edition has its own archive: only articles in its language.
 */
type Zoned = { locale: ArticleLocale; timeZone: string; now?: Date };

/** Visible articles of one edition (the leading columns of articles_locale_visible_idx). */
const visibleIn = (locale: ArticleLocale, now?: Date) =>
  and(eq(articles.locale, locale), isVisible(now ?? new Date()))!;

/** A calendar day as YYYY-MM-DD. */
export type ArchiveDay = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function assertDay(day: string): void {
  if (!DAY_PATTERN.test(day)) throw new Error(`Not a calendar day: ${day}`);
}

/** Local midnight of a calendar day (plus `shift`, e.g. '1 day'), as an instant. */
function localMidnight(day: string, timeZone: string, shift = '0 days'): SQL {
  return sql`((${day}::date + ${shift}::interval) at time zone ${timeZone})`;
}

function localDay(timeZone: string): SQL<string> {
  return sql<string>`to_char(${articles.publishAt} at time zone ${timeZone}, 'YYYY-MM-DD')`;
}

export type ArchiveMonth = { year: number; month: number; count: number };
export type ListArchiveMonthsParams = Zoned & { year?: number };

/** The first and the last month (local, "YYYY-MM") that have visible articles. */
async function visibleMonthSpan(db: Database, timeZone: string, visible: SQL) {
  const [span] = await db.execute<{ lo: string | null; hi: string | null }>(sql`
    select to_char(min(${articles.publishAt}) at time zone ${timeZone}, 'YYYY-MM') as lo,
           to_char(max(${articles.publishAt}) at time zone ${timeZone}, 'YYYY-MM') as hi
    from ${articles} where ${visible}`);
  return span?.lo && span.hi ? { lo: span.lo, hi: span.hi } : undefined;
}

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/**
 * The edition whose months are counted live from the index. article_days counts both languages,
 * so the other edition's months are article_days minus this one's: both cost this (the smaller)
 * edition's index range, never the larger one's.
 */
const COUNTED_LIVE: ArticleLocale = 'kk';

/**
 * The edition's months that have visible articles, newest first, with counts (or within `year`).
 * A Russian month is counted from article_days for the whole UTC days inside it that are over,
 * minus the Kazakh articles of those days, plus two live index range counts for the hours at its
 * edges (and for today); a Kazakh month is one live index range count. Either reads ~30 summary
 * rows and the Kazakh part of the month, instead of every article of the month (190 ms for the
 * whole archive at a million articles). Any time zone works, whole-hour offset or not. The months
 * are an integer series of known length, so the planner does not guess 1,000 rows and JIT-compile
 * the query.
 */
export async function listArchiveMonths(
  db: Database,
  params: ListArchiveMonthsParams,
): Promise<ArchiveMonth[]> {
  const { timeZone, locale } = params;
  const now = params.now ?? new Date();
  const visible = visibleIn(locale, now);
  const span =
    params.year === undefined
      ? await visibleMonthSpan(db, timeZone, visible)
      : { lo: `${params.year}-01`, hi: `${params.year}-12` };
  if (!span) return [];
  const months = monthIndex(span.hi) - monthIndex(span.lo) + 1;
  const liveCount = (of: ArticleLocale, from: SQL, to: SQL) => sql`(select count(*)::int
    from ${articles} where ${visibleIn(of, now)}
      and ${articles.publishAt} >= ${from} and ${articles.publishAt} < ${to})`;
  const dayStart = (day: SQL) => sql`(${day}::timestamp at time zone 'UTC')`;
  const count =
    locale === COUNTED_LIVE
      ? liveCount(locale, sql`b.lo`, sql`b.hi`)
      : sql`coalesce((select sum(${articleDays.articles})::int from ${articleDays}
                      where ${articleDays.day} >= ff.f and ${articleDays.day} < tt.t), 0)
          - ${liveCount(COUNTED_LIVE, dayStart(sql`ff.f`), dayStart(sql`tt.t`))}
          + ${liveCount(locale, sql`b.lo`, sql`least(b.hi, ${dayStart(sql`ff.f`)})`)}
          + ${liveCount(locale, sql`greatest(b.lo, ${dayStart(sql`tt.t`)})`, sql`b.hi`)}`;
  const rows = await db.execute<{ year: number; month: number; count: number }>(sql`
    select extract(year from m)::int as year, extract(month from m)::int as month, c.n as count
    from generate_series(0, ${months - 1}::int) as i,
      lateral (select (${`${span.lo}-01`}::date + i * interval '1 month')::timestamp as m) as mm,
      lateral (select (m at time zone ${timeZone}) as lo,
                      ((m + interval '1 month') at time zone ${timeZone}) as hi) as b,
      -- Whole UTC days inside the month that are over: [f, t).
      lateral (select (b.lo at time zone 'UTC')::date
                        + case when (b.lo at time zone 'UTC')::time = '00:00' then 0 else 1 end as f)
        as ff,
      lateral (select greatest(ff.f, least((b.hi at time zone 'UTC')::date,
                 (${now.toISOString()}::timestamptz at time zone 'UTC')::date)) as t) as tt,
      lateral (
        select ${count} as n
        -- Not pulled up: the sum would be computed again for the WHERE.
        offset 0
      ) as c
    where c.n > 0
    order by i desc`);
  return rows.map((r) => ({ year: r.year, month: r.month, count: r.count }));
}

export type ArchiveYearMonth = { year: number; month: number };

/**
 * The edition's months that have visible articles, newest first, without counts: one LIMIT 1
 * probe per month of history (the archive picker needs only which months exist, and counting is
 * O(archive)).
 */
export async function listArchiveMonthsWithNews(
  db: Database,
  params: Zoned,
): Promise<ArchiveYearMonth[]> {
  const { timeZone } = params;
  const visible = visibleIn(params.locale, params.now);
  const rows = await db.execute<ArchiveYearMonth>(sql`
    select extract(year from m)::int as year, extract(month from m)::int as month
    from (select date_trunc('month', min(${articles.publishAt}) at time zone ${timeZone}) as lo,
                 date_trunc('month', max(${articles.publishAt}) at time zone ${timeZone}) as hi
          from ${articles} where ${visible}) as span,
      generate_series(span.lo, span.hi, interval '1 month') as m
    where exists (
      select 1 from ${articles}
      where ${visible}
        and ${articles.publishAt} >= (m at time zone ${timeZone})
        and ${articles.publishAt} < ((m + interval '1 month') at time zone ${timeZone})
    )
    order by m desc`);
  return rows.map((r) => ({ year: r.year, month: r.month }));
}

export type ArchiveDayCount = { day: ArchiveDay; count: number };
export type ListArchiveDayCountsParams = Zoned & { year: number; month: number };

/**
 * Days of one month that have visible articles, with counts, in calendar order: one index-only
 * range count per day of the month (grouping the month's rows by a formatted local day computed
 * and sorted 8,000 days at a million articles). The days are an integer series, whose length the
 * planner knows: a date series is guessed at 1,000 rows, which priced the query past
 * jit_above_cost and spent 4 ms compiling it.
 */
export async function listArchiveDayCounts(
  db: Database,
  params: ListArchiveDayCountsParams,
): Promise<ArchiveDayCount[]> {
  const first = `${params.year}-${String(params.month).padStart(2, '0')}-01`;
  const days = new Date(Date.UTC(params.year, params.month, 0)).getUTCDate();
  const { timeZone } = params;
  const rows = await db.execute<ArchiveDayCount>(sql`
    select to_char(d, 'YYYY-MM-DD') as day, c.n as count
    from generate_series(0, ${days - 1}::int) as i,
      lateral (select (${first}::date + i)::timestamp as d) as day,
      lateral (
        select count(*)::int as n from ${articles}
        where ${visibleIn(params.locale, params.now)}
          and ${articles.publishAt} >= (d at time zone ${timeZone})
          and ${articles.publishAt} < ((d + interval '1 day') at time zone ${timeZone})
      ) as c
    where c.n > 0
    order by i`);
  return rows.map((r) => ({ day: r.day, count: r.count }));
}

export type ListArchiveDayParams = Zoned & { day: ArchiveDay; limit: number; offset?: number };

/**
 * A day's visible articles of the edition, newest first, one page of them (`offset`, `limit`): a
 * busy day of a national daily holds a few hundred, so its page is read in pages too, each a short
 * range scan of articles_locale_visible_idx.
 */
export function listArchiveDay(db: Database, params: ListArchiveDayParams): Promise<ListingCard[]> {
  assertDay(params.day);
  return db
    .select(listingCardColumns(params.locale))
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .where(
      and(
        visibleIn(params.locale, params.now),
        gte(articles.publishAt, localMidnight(params.day, params.timeZone)),
        lt(articles.publishAt, localMidnight(params.day, params.timeZone, '1 day')),
      ),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.limit)
    .offset(params.offset ?? 0);
}

export type FindAdjacentArchiveDaysParams = Zoned & { day: ArchiveDay };
export type AdjacentArchiveDays = { previous: ArchiveDay | null; next: ArchiveDay | null };

/**
 * The nearest earlier and later days that have news in the edition, skipping empty days: two
 * LIMIT 1 probes from the day's bounds along articles_locale_visible_idx.
 */
export async function findAdjacentArchiveDays(
  db: Database,
  params: FindAdjacentArchiveDaysParams,
): Promise<AdjacentArchiveDays> {
  assertDay(params.day);
  const visible = visibleIn(params.locale, params.now);
  const day = localDay(params.timeZone);
  const [previous, next] = await Promise.all([
    db
      .select({ day })
      .from(articles)
      .where(and(visible, lt(articles.publishAt, localMidnight(params.day, params.timeZone))))
      .orderBy(desc(articles.publishAt), desc(articles.id))
      .limit(1),
    db
      .select({ day })
      .from(articles)
      .where(
        and(visible, gte(articles.publishAt, localMidnight(params.day, params.timeZone, '1 day'))),
      )
      .orderBy(asc(articles.publishAt), asc(articles.id))
      .limit(1),
  ]);
  return { previous: previous[0]?.day ?? null, next: next[0]?.day ?? null };
}
