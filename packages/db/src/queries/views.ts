import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articles } from '../schema/index.ts';
import { advancePopularWindows } from './popular-windows.ts';
import { isVisible } from './visibility.ts';

export type IncrementArticleViewsParams = {
  /** Article id → views to add (k ≥ 1). */
  counts: Map<number, number>;
  /** Calendar day in the site's time zone, YYYY-MM-DD. */
  day: string;
};

/**
 * Adds a batch of views in ONE statement: `view_count = view_count + k` on the article and an
 * upsert of the day's row, so concurrent writers (several site instances) never lose an
 * increment — there is no read-modify-write. Only visible articles count. The rows are locked in
 * id order first, so two flushes touching the same articles in a different order cannot
 * deadlock. Returns the new totals of the articles that were counted.
 */
export async function incrementArticleViews(
  db: Database,
  params: IncrementArticleViewsParams,
): Promise<Map<number, number>> {
  const entries = [...params.counts]
    .filter(([id, k]) => Number.isSafeInteger(id) && Number.isSafeInteger(k) && k > 0)
    .sort(([a], [b]) => a - b);
  if (entries.length === 0) return new Map();
  // Keeps "Популярное" reading its running totals: moves the windows on the first flush of a day.
  await advancePopularWindows(db, { today: params.day });
  const input = sql.join(
    entries.map(([id, k]) => sql`(${id}::int, ${k}::bigint)`),
    sql`, `,
  );
  const rows = await db.execute<{ id: number; view_count: string | number }>(sql`
    with input (id, k) as (values ${input}),
    locked as (
      select ${articles.id} as id, input.k from ${articles}
      join input on input.id = ${articles.id}
      where ${isVisible()}
      order by ${articles.id}
      for no key update of ${articles}
    ),
    counted as (
      update ${articles} set view_count = ${articles.viewCount} + locked.k
      from locked where ${articles.id} = locked.id
      returning ${articles.id} as id, ${articles.viewCount} as view_count, locked.k
    ),
    daily as (
      insert into article_views_daily (article_id, day, views)
      select counted.id, ${params.day}::date, counted.k from counted order by counted.id
      on conflict (article_id, day)
      do update set views = article_views_daily.views + excluded.views
    )
    select id, view_count from counted
  `);
  return new Map(rows.map((row) => [Number(row.id), Number(row.view_count)]));
}

export type GetArticleViewCountParams = { id: number };

/** The stored total of a visible article; undefined for a missing or hidden one. */
export async function getArticleViewCount(
  db: Database,
  params: GetArticleViewCountParams,
): Promise<number | undefined> {
  const [row] = await db
    .select({ viewCount: articles.viewCount })
    .from(articles)
    .where(and(eq(articles.id, params.id), isVisible()))
    .limit(1);
  return row?.viewCount;
}
