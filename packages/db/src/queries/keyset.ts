import { type SQL, sql } from 'drizzle-orm';
import { articles } from '../schema/articles.ts';

export type ArticleCursor = { publishAt: Date; id: number };

/**
 * "Older than the cursor" for lists ordered by (publish_at desc, id desc). Written as a row
 * comparison, which PostgreSQL turns into an index condition on the (publish_at, id) indexes; the
 * equivalent `a < x or (a = x and id < y)` is only a filter and scanned 79,000 rows on a
 * 100,000-article archive (157 ms against 0.2 ms).
 */
export function olderThan(cursor: ArticleCursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  return sql`(${articles.publishAt}, ${articles.id}) < (${cursor.publishAt.toISOString()}::timestamptz, ${cursor.id})`;
}

/** "Newer than the cursor", for the previous page (read in ascending order, then reversed). */
export function newerThan(cursor: ArticleCursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  return sql`(${articles.publishAt}, ${articles.id}) > (${cursor.publishAt.toISOString()}::timestamptz, ${cursor.id})`;
}
