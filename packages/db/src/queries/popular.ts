import { addDays, zonedDay as siteZonedDay } from '@vestnik/content/dates';
import { and, desc, eq, gt, gte, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import {
  articles,
  articleViewsDaily,
  articleViewsRecent,
  popularWindows,
} from '../schema/index.ts';
import { isVisible } from './visibility.ts';

export const POPULAR_PERIODS = ['all', 'day', 'week', 'month'] as const;
export type PopularPeriod = (typeof POPULAR_PERIODS)[number];

/** Days counted by each period, today (in the site time zone) included. */
export const PERIOD_DAYS: Record<Exclude<PopularPeriod, 'all'>, number> = {
  day: 1,
  week: 7,
  month: 30,
};

export type ListPopularArticlesParams = {
  /** The edition: only articles in its language are ranked. */
  locale: ArticleLocale;
  period: PopularPeriod;
  limit: number;
  /** Site time zone: article_views_daily.day is a calendar day there. */
  timeZone: string;
  now?: Date;
};

export type PopularArticle = {
  id: number;
  slug: string;
  title: string;
  publishAt: Date | null;
  /** Reads in the period (all time for `all`). */
  views: number;
};

export function isPopularPeriod(value: unknown): value is PopularPeriod {
  return typeof value === 'string' && (POPULAR_PERIODS as readonly string[]).includes(value);
}

/** Calendar day (YYYY-MM-DD) of an instant in a time zone, shifted by `offsetDays`. */
export function zonedDay(instant: Date, timeZone: string, offsetDays = 0): string {
  return addDays(siteZonedDay(instant, timeZone), offsetDays);
}

/**
 * The edition's most read visible articles. `all` walks articles_locale_popular_idx (locale,
 * view_count desc). A period reads article_views_recent through its rank index when that period's
 * window starts where it should today (advancePopularWindows keeps it so), and otherwise sums the
 * daily reads over a range of article_views_daily_day_idx, so old articles still read today can
 * outrank yesterday's hit.
 */
export async function listPopularArticles(
  db: Database,
  params: ListPopularArticlesParams,
): Promise<PopularArticle[]> {
  const now = params.now ?? new Date();
  if (params.period === 'all') {
    return db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        publishAt: articles.publishAt,
        views: articles.viewCount,
      })
      .from(articles)
      .where(and(eq(articles.locale, params.locale), isVisible(now)))
      .orderBy(desc(articles.viewCount), desc(articles.id))
      .limit(params.limit);
  }
  const first = zonedDay(now, params.timeZone, 1 - PERIOD_DAYS[params.period]);
  const [window] = await db
    .select({ firstDay: popularWindows.firstDay })
    .from(popularWindows)
    .where(eq(popularWindows.period, params.period));
  if (window?.firstDay === first) return listFromWindow(db, { ...params, now });
  return listFromDays(db, { ...params, now, first });
}

/**
 * The period's running totals, most read first, stopping at `limit` visible articles of the
 * edition. The rank index holds both languages: the walk probes the other language's articles
 * too and skips them, about limit / (the edition's share of the period's reads) rows, each a
 * primary-key probe (see PERFORMANCE.md, "Editions"). A rank index per language would need the
 * locale in article_views_recent, kept by its triggers; not worth it while each edition has a
 * fair share of the reads.
 */
function listFromWindow(
  db: Database,
  params: ListPopularArticlesParams & { now: Date },
): Promise<PopularArticle[]> {
  const { period, limit, now } = params;
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      publishAt: articles.publishAt,
      views: articleViewsRecent.views,
    })
    .from(articleViewsRecent)
    .innerJoin(articles, eq(articles.id, articleViewsRecent.articleId))
    .where(
      and(
        eq(articleViewsRecent.period, period),
        gt(articleViewsRecent.views, 0),
        eq(articles.locale, params.locale),
        isVisible(now),
      ),
    )
    .orderBy(desc(articleViewsRecent.views), desc(articleViewsRecent.articleId))
    .limit(limit);
}

/** The period summed from the daily rows (before the window has been moved to today). */
function listFromDays(
  db: Database,
  params: ListPopularArticlesParams & { now: Date; first: string },
): Promise<PopularArticle[]> {
  const { now, first } = params;
  const today = zonedDay(now, params.timeZone);
  // Sum the period's reads per article first (one range of article_views_daily_day_idx), then
  // visit articles from the most read down and stop at `limit` visible ones: joining every row of
  // the range to articles before grouping cost a primary-key probe per article read that month.
  const totals = db
    .select({
      articleId: articleViewsDaily.articleId,
      views: sql<number>`sum(${articleViewsDaily.views})`.as('views'),
    })
    .from(articleViewsDaily)
    .where(and(gte(articleViewsDaily.day, first), lte(articleViewsDaily.day, today)))
    .groupBy(articleViewsDaily.articleId)
    .orderBy(desc(sql`views`), desc(articleViewsDaily.articleId))
    .as('totals');
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      publishAt: articles.publishAt,
      views: sql<number>`${totals.views}`.mapWith(Number),
    })
    .from(totals)
    .innerJoin(articles, eq(articles.id, totals.articleId))
    .where(and(eq(articles.locale, params.locale), isVisible(now)))
    .orderBy(desc(totals.views), desc(totals.articleId))
    .limit(params.limit);
}
