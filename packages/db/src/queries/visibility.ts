import { and, eq, gt, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { articles, VISIBLE_STATUSES } from '../schema/articles.ts';
import type { ArticleStatus } from '../schema/enums.ts';

/**
 * What readers may see: published, or scheduled whose time has come. Matches the partial indexes'
 * predicate (status in published/scheduled) so the planner can use them.
 */
export function isVisible(now: Date | SQL = sql`now()`): SQL {
  return and(inArray(articles.status, [...VISIBLE_STATUSES]), lte(articles.publishAt, now))!;
}

/**
 * The status as the newsroom sees it: a scheduled article whose time has come is on the site, so
 * it is "published", by the same rule the site uses (isVisible) and without any job flipping the
 * stored status. Everything the admin shows, counts or filters by status reads this, never the
 * stored column, so the admin and the site cannot disagree about what is live.
 */
export function effectiveStatus(now: Date | SQL = sql`now()`): SQL<ArticleStatus> {
  return sql<ArticleStatus>`(case when ${isVisible(now)} then 'published'::article_status else ${articles.status} end)`;
}

/**
 * `effectiveStatus() = status`, written so that the status index and the visible-articles
 * indexes still apply (a filter on the CASE expression could use neither).
 */
export function hasEffectiveStatus(status: ArticleStatus, now: Date | SQL = sql`now()`): SQL {
  if (status === 'published') return or(eq(articles.status, 'published'), isVisible(now))!;
  if (status === 'scheduled') {
    // publish_at is never null for a scheduled article (articles_visible_has_time).
    return and(eq(articles.status, 'scheduled'), gt(articles.publishAt, now))!;
  }
  return eq(articles.status, status);
}
