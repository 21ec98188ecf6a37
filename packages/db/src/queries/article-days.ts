import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';

/**
 * Adds the article_days changes a bulk writer held back (article_days_pending, written by the
 * triggers when `vestnik.defer_article_days` is on) into the per-day counters, in day order, as
 * the triggers would have. Rows are taken by one DELETE … RETURNING, so two flushes never count a
 * change twice, and rows of transactions still open wait for the next flush. Returns the number
 * of days touched.
 */
export async function flushArticleDays(db: Database): Promise<number> {
  const rows = await db.execute<{ day: string }>(sql`
    with pending as (
      delete from article_days_pending returning day, delta, modified
    ), summed as (
      select day, sum(delta)::int as delta, max(modified) as modified
      from pending group by day
    )
    insert into article_days as d (day, articles, last_modified)
    select day, greatest(delta, 0), modified from summed order by day
    on conflict (day) do update
      set articles = d.articles + (select s.delta from summed s where s.day = excluded.day),
          last_modified = greatest(d.last_modified, excluded.last_modified)
    returning day`);
  return rows.length;
}
