import { desc, sql } from 'drizzle-orm';
import { articles, articleViewsDaily } from '../schema/index.ts';
import type { Executor } from './audit.ts';

export type DayRangeParams = { from: string; to: string };

/** Views per day for each day in [from, to] (yyyy-mm-dd, inclusive); days without views are 0. */
export async function listDailyViews(db: Executor, params: DayRangeParams) {
  const rows = await db.execute<{ day: string; views: string }>(sql`
    select to_char(d.day, 'YYYY-MM-DD') as day, coalesce(sum(v.views), 0)::bigint as views
    from generate_series(${params.from}::date, ${params.to}::date, interval '1 day') as d(day)
    left join ${articleViewsDaily} v on v.day = d.day::date
    group by d.day order by d.day`);
  return [...rows].map((r) => ({ day: r.day, views: Number(r.views) }));
}

export type TopArticlesParams = DayRangeParams & { limit: number };

/** The most read articles of the period, from the daily views archive. */
export function listTopArticles(db: Executor, params: TopArticlesParams) {
  const views = sql<number>`sum(${articleViewsDaily.views})::bigint`.mapWith(Number);
  return db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      locale: articles.locale,
      views,
    })
    .from(articleViewsDaily)
    .innerJoin(articles, sql`${articles.id} = ${articleViewsDaily.articleId}`)
    .where(sql`${articleViewsDaily.day} between ${params.from}::date and ${params.to}::date`)
    .groupBy(articles.id)
    .orderBy(desc(views), desc(articles.id))
    .limit(params.limit);
}
