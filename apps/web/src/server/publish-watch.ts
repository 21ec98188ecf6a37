import { invalidateTags } from '@vestnik/cache/invalidate';
import { articleChangeTags } from '@vestnik/cache/tags';
import type { Database } from '@vestnik/db/client';
import { listArticlesWentLive } from '@vestnik/db/queries/schedule';
import { tagStore } from '../cache/tag-store.ts';

export type PublishWatchOptions = {
  db: Database;
  timeZone: string;
  /** HTTP caches in front of the site, purged by key as the admin does for a publish. */
  purgeUrls: string[];
  intervalMs?: number;
};

/**
 * Scheduled articles go live by the clock: nobody clicks anything at 09:00, yet their page, the
 * front page, the rubric, the day of the archive and the feeds must show them from 09:00. Once a
 * second this asks the database which articles' publish time has just passed and expires their
 * tags in the site's caches and in the HTTP caches. Every site instance runs its own watch, so
 * scheduled articles go live on each even while the shared cache (Redis) is away; with it, the
 * expiries and purges they repeat are harmless.
 */
export function startPublishWatch(options: PublishWatchOptions): { stop: () => void } {
  let after: Date | undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { until, articles } = await listArticlesWentLive(options.db, { after });
      after = until;
      if (articles.length === 0) return;
      const expired = articles.flatMap((article) =>
        articleChangeTags(article.id, options.timeZone, { ...article, status: 'published' }),
      );
      await tagStore().expire(expired);
      console.log(
        JSON.stringify({
          level: 'info',
          msg: 'scheduled articles went live',
          ids: articles.map((a) => a.id),
        }),
      );
      if (options.purgeUrls.length > 0) {
        await invalidateTags({ siteUrl: '', purgeUrls: options.purgeUrls }, expired);
      }
    } catch (error) {
      // The database may be briefly away: keep the last `after` and try again next second.
      console.error(
        JSON.stringify({ level: 'warn', msg: 'publish watch failed', error: String(error) }),
      );
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 1000);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
