import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * Articles per UTC calendar day for the sitemap index, kept by triggers on articles (migration
 * 0003_article_days_triggers): the index reads one row per day of history instead of grouping
 * every article (seconds at a million). It counts articles whose status is published or scheduled
 * whatever their time, so days that are not over yet are read live from articles instead.
 * `last_modified` only moves forward: an edit, a publish or an article leaving the day all change
 * that day's sitemap file.
 */
export const articleDays = pgTable(
  'article_days',
  {
    day: date('day').primaryKey(),
    articles: integer('articles').notNull().default(0),
    lastModified: timestamp('last_modified', { withTimezone: true }).notNull(),
  },
  (t) => [check('article_days_nonnegative', sql`${t.articles} >= 0`)],
);

/**
 * Changes to article_days held back by a bulk writer (the importer): with the session setting
 * `vestnik.defer_article_days = on`, the triggers append a row here instead of updating the day's
 * counter, whose row lock would make every writer of that day wait for the others' commits.
 * `flushArticleDays` (queries/article-days.ts) adds them up into article_days. A plain heap with
 * no key: appending never waits. Rows of a writer that crashed stay until the next flush.
 */
export const articleDaysPending = pgTable('article_days_pending', {
  day: date('day').notNull(),
  delta: integer('delta').notNull(),
  modified: timestamp('modified', { withTimezone: true }).notNull(),
});
