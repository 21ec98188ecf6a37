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
 * tags in the site's caches and in the HTTP caches; and when the next publish time comes before
 * the next second's look, it looks again right at that time (a look once a second alone left the
 * front page up to a second late, plus its render). Every site instance runs its own watch, so
 * scheduled articles go live on each even while the shared cache (Redis) is away; with it, the
 * expiries and purges they repeat are harmless.
 */
/**
 * How far each tick looks back before the previous one: a scheduled article committed late (its
 * save's transaction was open when its time passed) is still found. Ten seconds is far longer
 * than a save takes.
 */
const OVERLAP_MS = 10_000;
/**
 * A look at a publish time comes this long after it by the local clock: the delay is the
 * database's own (publish time minus its now), so only timer lateness matters, never clock skew.
 */
const DUE_SLACK_MS = 5;

export function startPublishWatch(options: PublishWatchOptions): { stop: () => void } {
  let after: Date | undefined;
  /**
   * The database's time at the first tick. The look-back never reaches before it: articles that
   * went live before this process watched were shown by whoever published them (or by the
   * process that watched then), and expiring their pages again would only throw away pages
   * stored a moment ago.
   */
  let started: Date | undefined;
  let running = false;
  /** The look at a publish time fell while another look ran: it runs when that one ends. */
  let again = false;
  const intervalMs = options.intervalMs ?? 1000;
  /** The look at the next publish time, when that comes before the next regular look. */
  let due: NodeJS.Timeout | undefined;
  /** What was reported within the overlap: article id → its publish time (ms). */
  const reported = new Map<number, number>();
  const lookAtNext = (next: Date | null, now: Date) => {
    clearTimeout(due);
    due = undefined;
    if (!next || next.getTime() - now.getTime() >= intervalMs) return;
    due = setTimeout(() => void tick(true), next.getTime() - now.getTime() + DUE_SLACK_MS);
    due.unref();
  };
  /** A regular look that falls while one runs is skipped (the next comes in a second). */
  const tick = async (atPublishTime = false): Promise<void> => {
    if (running) {
      again ||= atPublishTime;
      return;
    }
    running = true;
    try {
      const found = await listArticlesWentLive(options.db, {
        after,
        overlapMs: OVERLAP_MS,
        notBefore: started,
      });
      after = found.until;
      started ??= found.until;
      lookAtNext(found.next, found.until);
      const horizon = found.until.getTime() - OVERLAP_MS;
      for (const [id, at] of reported) if (at <= horizon) reported.delete(id);
      // Reported again by the overlap with the same time: expired already.
      const articles = found.articles.filter(
        (article) => reported.get(article.id) !== article.publishAt?.getTime(),
      );
      for (const article of articles) reported.set(article.id, article.publishAt?.getTime() ?? 0);
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
      if (again) {
        again = false;
        void tick(true);
      }
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return {
    stop: () => {
      clearInterval(timer);
      clearTimeout(due);
    },
  };
}
