import { addDays } from '@vestnik/content/dates';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articleViewsDaily, articleViewsRecent, popularWindows } from '../schema/index.ts';
import { PERIOD_DAYS } from './popular.ts';

export type AdvancePopularWindowsParams = {
  /** Today in the site time zone (YYYY-MM-DD), as the view counter writes its day rows. */
  today: string;
};

/**
 * Moves each "Популярное" window so that it starts `days - 1` days before today: the reads of the
 * days that left it are subtracted from article_views_recent, those of days that entered it (all
 * of them the first time, when a window still starts in 9999) are added. Cheap when nothing has to
 * move (one read of three rows), so the view counter calls it before every flush. The windows are
 * locked FOR UPDATE in period order: a concurrent flush's trigger waits for the move and then
 * counts against the new first day, so no read is counted twice or lost.
 */
export async function advancePopularWindows(
  db: Database,
  params: AdvancePopularWindowsParams,
): Promise<void> {
  const expected = new Map(
    Object.entries(PERIOD_DAYS).map(([period, days]) => [period, addDays(params.today, 1 - days)]),
  );
  const stale = (w: { period: string; firstDay: string }) => {
    const first = expected.get(w.period);
    return first !== undefined && first !== w.firstDay;
  };
  const current = await db.select().from(popularWindows);
  if (!current.some(stale)) return;
  await db.transaction(async (tx) => {
    const windows = await tx
      .select()
      .from(popularWindows)
      .orderBy(asc(popularWindows.period))
      .for('update');
    for (const window of windows.filter(stale)) {
      const first = expected.get(window.period)!;
      const leaving = window.firstDay < first;
      const [from, to] = leaving ? [window.firstDay, first] : [first, window.firstDay];
      await tx.execute(sql`
        insert into ${articleViewsRecent} as r (period, article_id, views)
        select ${window.period}, ${articleViewsDaily.articleId},
               ${leaving ? -1 : 1}::int * sum(${articleViewsDaily.views})
        from ${articleViewsDaily}
        where ${articleViewsDaily.day} >= ${from}::date and ${articleViewsDaily.day} < ${to}::date
        group by ${articleViewsDaily.articleId}
        on conflict (period, article_id) do update set views = r.views + excluded.views`);
      await tx
        .delete(articleViewsRecent)
        .where(and(eq(articleViewsRecent.period, window.period), lte(articleViewsRecent.views, 0)));
      await tx
        .update(popularWindows)
        .set({ firstDay: first })
        .where(eq(popularWindows.period, window.period));
    }
  });
}
