import { and, asc, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articles, rubrics } from '../schema/index.ts';
import { type ListingCard, listingCardColumns } from './listing-card.ts';
import { isVisible } from './visibility.ts';

/**
 * The archive counts calendar days in the site time zone (an article at 23:30 in Almaty belongs to
 * that Almaty day). Every bound is computed in SQL as "local midnight at time zone", so each query
 * is a range scan on articles_visible_idx over publish_at instead of grouping the whole table.
 */
type Zoned = { timeZone: string; now?: Date };

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

/**
 * Months that have visible articles, newest first, with counts. One index range count per month
 * between the first and the last article (or within `year`): ~12 per year of history.
 */
export async function listArchiveMonths(
  db: Database,
  params: ListArchiveMonthsParams,
): Promise<ArchiveMonth[]> {
  const { timeZone } = params;
  const visible = isVisible(params.now ?? new Date());
  const span =
    params.year === undefined
      ? sql`(select date_trunc('month', min(${articles.publishAt}) at time zone ${timeZone}) as lo,
                    date_trunc('month', max(${articles.publishAt}) at time zone ${timeZone}) as hi
             from ${articles} where ${visible})`
      : sql`(select make_timestamp(${params.year}::int, 1, 1, 0, 0, 0) as lo,
                    make_timestamp(${params.year}::int, 12, 1, 0, 0, 0) as hi)`;
  const rows = await db.execute<{ year: number; month: number; count: number }>(sql`
    select extract(year from m)::int as year, extract(month from m)::int as month, c.n as count
    from ${span} as span,
      generate_series(span.lo, span.hi, interval '1 month') as m,
      lateral (
        select count(*)::int as n from ${articles}
        where ${visible}
          and ${articles.publishAt} >= (m at time zone ${timeZone})
          and ${articles.publishAt} < ((m + interval '1 month') at time zone ${timeZone})
      ) as c
    where c.n > 0
    order by m desc`);
  return rows.map((r) => ({ year: r.year, month: r.month, count: r.count }));
}

export type ArchiveYearMonth = { year: number; month: number };

/**
 * Months that have visible articles, newest first, without counts: one LIMIT 1 probe per month of
 * history (the archive picker needs only which months exist, and counting is O(archive)).
 */
export async function listArchiveMonthsWithNews(
  db: Database,
  params: Zoned,
): Promise<ArchiveYearMonth[]> {
  const { timeZone } = params;
  const visible = isVisible(params.now ?? new Date());
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
        where ${isVisible(params.now ?? new Date())}
          and ${articles.publishAt} >= (d at time zone ${timeZone})
          and ${articles.publishAt} < ((d + interval '1 day') at time zone ${timeZone})
      ) as c
    where c.n > 0
    order by i`);
  return rows.map((r) => ({ day: r.day, count: r.count }));
}

export type ListArchiveDayParams = Zoned & { day: ArchiveDay; limit: number };

/** A day's visible articles, newest first (a day holds tens of articles, not thousands). */
export function listArchiveDay(db: Database, params: ListArchiveDayParams): Promise<ListingCard[]> {
  assertDay(params.day);
  return db
    .select(listingCardColumns)
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .where(
      and(
        isVisible(params.now ?? new Date()),
        gte(articles.publishAt, localMidnight(params.day, params.timeZone)),
        lt(articles.publishAt, localMidnight(params.day, params.timeZone, '1 day')),
      ),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.limit);
}

export type FindAdjacentArchiveDaysParams = Zoned & { day: ArchiveDay };
export type AdjacentArchiveDays = { previous: ArchiveDay | null; next: ArchiveDay | null };

/**
 * The nearest earlier and later days that have news, skipping empty days: two LIMIT 1 probes
 * from the day's bounds along articles_visible_idx.
 */
export async function findAdjacentArchiveDays(
  db: Database,
  params: FindAdjacentArchiveDaysParams,
): Promise<AdjacentArchiveDays> {
  assertDay(params.day);
  const visible = isVisible(params.now ?? new Date());
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
