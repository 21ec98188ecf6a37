import { and, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { articles, VISIBLE_STATUSES } from '../schema/articles.ts';

/**
 * What readers may see: published, or scheduled whose time has come. Matches the partial indexes'
 * predicate (status in published/scheduled) so the planner can use them.
 */
export function isVisible(now: Date | SQL = sql`now()`): SQL {
  return and(inArray(articles.status, [...VISIBLE_STATUSES]), lte(articles.publishAt, now))!;
}
