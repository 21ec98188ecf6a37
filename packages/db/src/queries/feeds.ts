import { and, asc, desc, eq, exists, gt, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import {
  articleAuthors,
  articleDays,
  articleSources,
  articles,
  articleTags,
  media,
  rubrics,
  sources,
  tags,
  users,
} from '../schema/index.ts';
import { rubricName } from './localized.ts';
import { qualified } from './qualified.ts';
import { isVisible } from './visibility.ts';

/** The sitemap protocol's limit per file (and per index). */
export const SITEMAP_MAX_URLS = 50_000;

export type ListFeedArticlesParams = {
  /** The edition: a feed holds only articles in its language. */
  locale: ArticleLocale;
  limit: number;
  rubricId?: number;
  authorId?: number;
};

export type FeedArticle = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  publishAt: Date | null;
  updatedAt: Date;
  rubricName: string | null;
  authorNames: string[];
  hero: { storageKey: string; mimeType: string; bytes: number; variants: unknown } | null;
};

const writtenBy = (authorId: number): SQL =>
  exists(
    sql`(select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${qualified(articles.id)} and ${articleAuthors.userId} = ${authorId})`,
  );

/**
 * The edition's newest visible articles for an RSS feed (whole edition, one rubric or one
 * author), with the rubric named in its language.
 */
export async function listFeedArticles(
  db: Database,
  params: ListFeedArticlesParams,
): Promise<FeedArticle[]> {
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lead: articles.lead,
      publishAt: articles.publishAt,
      updatedAt: articles.updatedAt,
      rubricName: rubricName(params.locale),
      authorNames: sql<
        string[]
      >`array(select ${users.name} from ${articleAuthors} join ${users} on ${users.id} = ${articleAuthors.userId} where ${articleAuthors.articleId} = ${qualified(articles.id)} order by ${articleAuthors.position})`,
      heroKey: media.storageKey,
      heroMime: media.mimeType,
      heroBytes: media.bytes,
      heroVariants: media.variants,
    })
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .leftJoin(media, eq(media.id, articles.heroMediaId))
    .where(
      and(
        isVisible(),
        eq(articles.locale, params.locale),
        params.rubricId === undefined ? undefined : eq(articles.rubricId, params.rubricId),
        params.authorId === undefined ? undefined : writtenBy(params.authorId),
      ),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.limit);
  return rows.map(({ heroKey, heroMime, heroBytes, heroVariants, ...row }) => ({
    ...row,
    hero:
      heroKey && heroMime && heroBytes !== null
        ? { storageKey: heroKey, mimeType: heroMime, bytes: heroBytes, variants: heroVariants }
        : null,
  }));
}

export type GetFeedOwnerParams = { slug: string };
export type GetFeedRubricParams = GetFeedOwnerParams & { locale: ArticleLocale };

/** The rubric a feed belongs to, named in the edition's language. */
export async function getFeedRubric(db: Database, params: GetFeedRubricParams) {
  const [row] = await db
    .select({ id: rubrics.id, slug: rubrics.slug, name: rubricName(params.locale) })
    .from(rubrics)
    .where(eq(rubrics.slug, params.slug))
    .limit(1);
  return row;
}

/** The author a feed belongs to (public fields only). */
export async function getFeedAuthor(db: Database, params: GetFeedOwnerParams) {
  const [row] = await db
    .select({ id: users.id, slug: users.slug, name: users.name })
    .from(users)
    .where(eq(users.slug, params.slug))
    .limit(1);
  return row;
}

export type SitemapBucket = {
  /** "2026-05" for a month, "2026-05-14" for a day of a month too big for one file. */
  key: string;
  count: number;
  lastModified: Date;
};

type DayCount = { day: string; count: number; lastModified: Date };

export type ListSitemapBucketsParams = { maxUrls?: number; now?: Date };

/**
 * Child sitemaps of the article archive: one per month (UTC), or one per day for a month with more
 * than `maxUrls` articles, so that every file stays under the protocol's 50,000 URLs. Finished
 * days come from article_days (one row per day, kept by triggers on articles); today is counted
 * live, since its scheduled articles become visible by the clock alone.
 */
export async function listSitemapBuckets(
  db: Database,
  params: ListSitemapBucketsParams = {},
): Promise<SitemapBucket[]> {
  const maxUrls = params.maxUrls ?? SITEMAP_MAX_URLS;
  const now = params.now ?? new Date();
  // Both parts split at the same instant, so a refresh across midnight neither skips nor repeats.
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const day = sql<string>`to_char(${articles.publishAt} at time zone 'UTC', 'YYYY-MM-DD')`;
  const [live, finished] = await Promise.all([
    db
      .select({
        day,
        count: sql<number>`count(*)`.mapWith(Number),
        lastModified:
          sql<Date>`max(greatest(${articles.updatedAt}, ${articles.publishAt}))`.mapWith(
            articles.updatedAt,
          ),
      })
      .from(articles)
      .where(and(isVisible(now), gte(articles.publishAt, today)))
      .groupBy(day)
      .orderBy(desc(day)),
    db
      .select({
        day: articleDays.day,
        count: articleDays.articles,
        lastModified: articleDays.lastModified,
      })
      .from(articleDays)
      .where(
        and(lt(articleDays.day, today.toISOString().slice(0, 10)), gt(articleDays.articles, 0)),
      )
      .orderBy(desc(articleDays.day)),
  ]);
  return bucketDays([...live, ...finished], maxUrls);
}

function bucketDays(days: DayCount[], maxUrls: number): SitemapBucket[] {
  const months = new Map<string, DayCount[]>();
  for (const d of days) {
    const month = d.day.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), d]);
  }
  return [...months].flatMap(([month, list]) => {
    const count = list.reduce((sum, d) => sum + d.count, 0);
    if (count > maxUrls) return list.map((d) => ({ key: d.day, ...pick(d) }));
    const lastModified = new Date(Math.max(...list.map((d) => d.lastModified.getTime())));
    return [{ key: month, count, lastModified }];
  });
}

const pick = (d: DayCount) => ({ count: d.count, lastModified: d.lastModified });

/** The UTC time range of a bucket key ("2026-05" or "2026-05-14"); undefined if malformed. */
export function sitemapBucketRange(key: string): { from: Date; to: Date } | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(key);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] && Number(match[3])];
  // Beyond 2999 the range end would not be a date PostgreSQL reads from ISO text.
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return undefined;
  if (!day) {
    return { from: new Date(Date.UTC(year, month - 1, 1)), to: new Date(Date.UTC(year, month, 1)) };
  }
  const from = new Date(Date.UTC(year, month - 1, day));
  if (from.getUTCMonth() !== month - 1) return undefined;
  return { from, to: new Date(Date.UTC(year, month - 1, day + 1)) };
}

export type ListSitemapArticlesParams = { from: Date; to: Date; limit?: number };

/** Another edition's version of a sitemap row (an hreflang alternate). */
export type SitemapAlternate = { locale: ArticleLocale; slug: string };

/**
 * The row's visible translations, as JSON: a probe of articles_translation_locale_key per row that
 * has a translation group (the others skip it). Built in SQL so that a month's 50,000 rows stay one
 * statement.
 */
const visibleAlternates = sql<SitemapAlternate[]>`coalesce((
  select json_agg(json_build_object('locale', t.locale, 'slug', t.slug) order by t.locale)
  from ${articles} as t
  where ${qualified(articles.translationGroup)} is not null
    and t.translation_group = ${qualified(articles.translationGroup)}
    and t.id <> ${qualified(articles.id)}
    and t.status in ('published', 'scheduled') and t.publish_at <= now()
), '[]'::json)`;

/**
 * Visible articles of both editions published in [from, to): a range scan on the publish-time
 * index. Each row carries its `locale` (the address is `/news/<slug>` or `/kk/news/<slug>`) and
 * its visible translations as `alternates`.
 */
export function listSitemapArticles(db: Database, params: ListSitemapArticlesParams) {
  return db
    .select({
      slug: articles.slug,
      locale: articles.locale,
      publishAt: articles.publishAt,
      updatedAt: articles.updatedAt,
      alternates: visibleAlternates,
    })
    .from(articles)
    .where(
      and(isVisible(), gte(articles.publishAt, params.from), lt(articles.publishAt, params.to)),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.limit ?? SITEMAP_MAX_URLS);
}

export type ListNewsSitemapArticlesParams = { locale: ArticleLocale; since: Date; limit?: number };

/**
 * Google News, per edition (each edition is its own publication to Google News): the edition's
 * visible articles published since the given time (48 hours), at most 1,000.
 */
export function listNewsSitemapArticles(db: Database, params: ListNewsSitemapArticlesParams) {
  return db
    .select({
      slug: articles.slug,
      title: articles.title,
      locale: articles.locale,
      publishAt: articles.publishAt,
    })
    .from(articles)
    .where(
      and(isVisible(), eq(articles.locale, params.locale), gte(articles.publishAt, params.since)),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.limit ?? 1000);
}

/**
 * The owner (tag, author, source) has a visible article: its link rows are walked through the link
 * table's (owner, article) index and each article is probed by primary key, stopping at the first
 * visible one. The probe is a scalar subquery and OFFSET 0 keeps the EXISTS a per-owner subplan:
 * written as a join, the planner hashed every article of an author (1 s at a million articles) or
 * merge-joined along the whole primary key from the first article.
 */
function hasVisibleArticle(link: PgTable, articleId: PgColumn, owner: SQL): SQL {
  return exists(
    sql`(select 1 from ${link} where ${owner}
         and (select ${isVisible()} from ${articles} where ${articles.id} = ${articleId}) offset 0)`,
  );
}

/** Addresses for the non-article sitemap: rubrics, and tags, authors, sources with articles. */
export async function listSitemapTaxonomy(db: Database) {
  const [rubricRows, tagRows, authorRows, sourceRows] = await Promise.all([
    db.select({ slug: rubrics.slug }).from(rubrics).orderBy(asc(rubrics.position), asc(rubrics.id)),
    db
      .select({ slug: tags.slug })
      .from(tags)
      .where(
        hasVisibleArticle(
          articleTags,
          articleTags.articleId,
          sql`${articleTags.tagId} = ${tags.id}`,
        ),
      )
      .orderBy(asc(tags.slug))
      .limit(SITEMAP_MAX_URLS / 2),
    db
      .select({ slug: users.slug })
      .from(users)
      .where(
        hasVisibleArticle(
          articleAuthors,
          articleAuthors.articleId,
          sql`${articleAuthors.userId} = ${users.id}`,
        ),
      )
      .orderBy(asc(users.slug))
      .limit(SITEMAP_MAX_URLS / 8),
    db
      .select({ slug: sources.slug })
      .from(sources)
      .where(
        hasVisibleArticle(
          articleSources,
          articleSources.articleId,
          sql`${articleSources.sourceId} = ${sources.id}`,
        ),
      )
      .orderBy(asc(sources.slug))
      .limit(SITEMAP_MAX_URLS / 8),
  ]);
  return { rubrics: rubricRows, tags: tagRows, authors: authorRows, sources: sourceRows };
}
