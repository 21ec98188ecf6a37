import { bigint, date, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The first day each "Популярное" period (day, week, month) currently sums. Moved forward by
 * advancePopularWindows as the days pass; created far in the future (nothing summed yet), and a
 * window that is not the one a reader expects is ignored (the reader sums article_views_daily).
 */
export const popularWindows = pgTable('popular_windows', {
  period: text('period').primaryKey(),
  firstDay: date('first_day').notNull(),
});

/**
 * Reads per article in each period's window: the sum of article_views_daily from the window's
 * first day on, kept by a trigger on article_views_daily (migration 0005_popular_triggers) and by
 * advancePopularWindows. "Популярное" walks the rank index and stops at the first visible
 * articles instead of summing a month of daily rows (7 ms at a million articles, more with real
 * traffic, where most articles are read every day). No foreign key: a deleted article's rows go
 * to zero through the trigger and are never shown (readers join articles).
 */
export const articleViewsRecent = pgTable(
  'article_views_recent',
  {
    period: text('period').notNull(),
    articleId: integer('article_id').notNull(),
    views: bigint('views', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.period, t.articleId] }),
    index('article_views_recent_rank_idx').on(
      t.period,
      t.views.desc().nullsFirst(),
      t.articleId.desc().nullsFirst(),
    ),
  ],
);
