import { and, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articles, VISIBLE_STATUSES } from '../schema/articles.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { qualified } from './qualified.ts';

export type WentLiveArticle = {
  id: number;
  slug: string;
  /** Its edition: the pages to expire are that edition's. */
  locale: ArticleLocale;
  rubricId: number | null;
  publishAt: Date | null;
  authorIds: number[];
  tagIds: number[];
  sourceIds: number[];
  /** Its translations' pages name it (language switch, hreflang) once it is visible. */
  translationGroup: number | null;
};

export type ListArticlesWentLiveParams = {
  /** The `until` of the previous call; omitted on the first call (nothing before now). */
  after?: Date;
  /**
   * Also looks this far before `after`: a schedule saved a moment before its time can commit
   * after the call whose range held that time (the save's transaction was still open), and it
   * would never be reported. The caller skips what it has reported already.
   */
  overlapMs?: number;
  /**
   * The look-back never reaches before this (the caller's first `until`): articles that went
   * live before the caller started watching were shown by whoever published them, and reporting
   * them again would expire pages stored a moment ago.
   */
  notBefore?: Date;
};

function lowerBound(after: Date, overlapMs = 0, notBefore?: Date): Date {
  const from = after.getTime() - overlapMs;
  return new Date(notBefore ? Math.max(from, notBefore.getTime()) : from);
}

export type ArticlesWentLive = {
  /** The database's time of the call: the `after` of the next one. */
  until: Date;
  articles: WentLiveArticle[];
  /** The earliest publish time still to come (of any article readers will see), if any. */
  next: Date | null;
};

/**
 * Articles whose publish time passed in (max(after - overlap, notBefore), now]: scheduled articles going live by
 * the clock, with what the site's caches need to expire for them. Times are the database's: the
 * returned `until` is the `after` of the next call, so no article is missed between two calls
 * whatever the clocks of the calling processes say (with an overlap, one may be reported again:
 * see overlapMs). Also the next publish time to come, so that the caller can call again right
 * then. Range scans on the visible-articles index.
 */
export async function listArticlesWentLive(
  db: Database,
  params: ListArticlesWentLiveParams,
): Promise<ArticlesWentLive> {
  const [clock] = await db.execute<{ now: string; next: string | null }>(sql`
    select now() as now,
      (select min(${articles.publishAt}) from ${articles}
       where ${inArray(articles.status, [...VISIBLE_STATUSES])} and ${articles.publishAt} > now()) as next`);
  const until = new Date(clock!.now);
  const next = clock!.next === null ? null : new Date(clock!.next);
  if (!params.after) return { until, articles: [], next };
  const id = qualified(articles.id);
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      locale: articles.locale,
      rubricId: articles.rubricId,
      publishAt: articles.publishAt,
      translationGroup: articles.translationGroup,
      authorIds: sql<number[]>`array(select user_id from article_authors where article_id = ${id})`,
      tagIds: sql<number[]>`array(select tag_id from article_tags where article_id = ${id})`,
      sourceIds: sql<
        number[]
      >`array(select source_id from article_sources where article_id = ${id})`,
    })
    .from(articles)
    .where(
      and(
        inArray(articles.status, [...VISIBLE_STATUSES]),
        gt(articles.publishAt, lowerBound(params.after, params.overlapMs, params.notBefore)),
        lte(articles.publishAt, until),
      ),
    );
  return { until, articles: rows, next };
}
