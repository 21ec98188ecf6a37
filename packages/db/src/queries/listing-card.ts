import { type SQL, sql } from 'drizzle-orm';
import { articles, rubrics } from '../schema/index.ts';

/** What a listing row shows: headline, lead, time, rubric label and an optional picture. */
export const listingCardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  publishAt: articles.publishAt,
  heroMediaId: articles.heroMediaId,
  breaking: articles.breaking,
  rubricSlug: rubrics.slug,
  rubricName: rubrics.name,
};

export type ListingCard = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  publishAt: Date | null;
  heroMediaId: number | null;
  breaking: boolean;
  rubricSlug: string | null;
  rubricName: string | null;
};

/**
 * Position in a newest-first listing: (publish_at, id) is unique, so pages never overlap. The
 * time is kept as text with microseconds: a JS Date would round them away and a row published
 * within the same millisecond could be skipped or shown twice.
 */
export type ListingCursor = { publishAt: string; id: number };

/** publish_at as exact UTC text ("2016-05-12T10:00:00.123456Z") for cursors. */
export const publishKey = sql<string>`to_char(${articles.publishAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Rows strictly older than the cursor in (publish_at desc, id desc) order. A row comparison, not
 * `a < x or (a = x and id < y)`: PostgreSQL turns it into an index bound, so a deep page starts
 * where it should instead of filtering every newer row.
 */
export function olderThan(cursor: ListingCursor): SQL {
  return sql`(${articles.publishAt}, ${articles.id}) < (${cursor.publishAt}::timestamptz, ${cursor.id}::int)`;
}

/** Rows strictly newer than the cursor (for "previous page" links). */
export function newerThan(cursor: ListingCursor): SQL {
  return sql`(${articles.publishAt}, ${articles.id}) > (${cursor.publishAt}::timestamptz, ${cursor.id}::int)`;
}
