import { and, asc, desc, eq, gt, inArray, lte, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { articleRelated, articles, articleTags } from '../schema/index.ts';
import { isVisible } from './visibility.ts';

export type RelatedArticle = {
  id: number;
  slug: string;
  title: string;
  publishAt: Date | null;
  heroMediaId: number | null;
};

export type ListRelatedArticlesParams = {
  articleId: number;
  /** The edition (the article's language): suggestions are only in it. */
  locale: ArticleLocale;
  /** At most this many (default 6). */
  limit?: number;
};

const relatedColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  publishAt: articles.publishAt,
  heroMediaId: articles.heroMediaId,
};

/**
 * How many tag neighbours per own tag and direction are candidates. A tag's articles are reached
 * through article_tags_tag_idx (tag_id, article_id) starting at this article's id, so the cost is
 * the same for a tag with ten articles and one with a hundred thousand. Ids are handed out when an
 * article is created, hours or days before it is published, so id order follows time order
 * closely; the window only picks candidates, the ranking uses the real publish times.
 */
const TAG_NEIGHBOURS = 25;

/** Visible, in the edition's language: every suggestion passes this. */
const visibleIn = (locale: ArticleLocale) => and(isVisible(), eq(articles.locale, locale));

/**
 * "Читайте также": the editors' hand-picked links first (in their order), then articles sharing
 * the most tags (ties: the same rubric, then the closest in time to this article), then the same
 * rubric's articles closest in time, then any articles closest in time, so the block is never
 * near-empty. A 2016 article gets 2016 suggestions, not today's news. Never the article itself,
 * never anything a reader may not see, never an article in another language (a hand-picked link
 * to the translation included: the language switch shows that one).
 */
export async function listRelatedArticles(
  db: Database,
  params: ListRelatedArticlesParams,
): Promise<RelatedArticle[]> {
  const limit = params.limit ?? 6;
  const { articleId, locale } = params;
  const [self] = await db
    .select({ rubricId: articles.rubricId, publishAt: articles.publishAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  const rubricId = self?.rubricId ?? null;
  // A preview of an unscheduled draft has no time yet: it is "now".
  const anchor = self?.publishAt ?? new Date();
  const result: RelatedArticle[] = await db
    .select(relatedColumns)
    .from(articleRelated)
    .innerJoin(articles, eq(articles.id, articleRelated.relatedId))
    .where(and(eq(articleRelated.articleId, articleId), visibleIn(locale)))
    .orderBy(asc(articleRelated.position), asc(articles.id))
    .limit(limit);
  const taken = () => [articleId, ...result.map((a) => a.id)];
  const missing = () => limit - result.length;
  if (missing() > 0) {
    result.push(
      ...(await listBySharedTags(db, {
        articleId,
        locale,
        rubricId,
        anchor,
        exclude: taken(),
        limit: missing(),
      })),
    );
  }
  if (missing() > 0 && rubricId !== null) {
    const near = { locale, filter: eq(articles.rubricId, rubricId), anchor, exclude: taken() };
    result.push(...(await listNearest(db, { ...near, limit: missing() })));
  }
  if (missing() > 0) {
    result.push(...(await listNearest(db, { locale, anchor, exclude: taken(), limit: missing() })));
  }
  return result;
}

type SharedTagsParams = {
  articleId: number;
  locale: ArticleLocale;
  rubricId: number | null;
  anchor: Date;
  exclude: number[];
  limit: number;
};

/** Seconds between an article's publish time and the anchor. */
const distanceFrom = (anchor: Date) =>
  sql`abs(extract(epoch from ${articles.publishAt} - ${anchor.toISOString()}::timestamptz))`;

/**
 * Articles ranked by how many tags they share with this one; ties go to the same rubric, then to
 * the closest in time. Candidates are each own tag's TAG_NEIGHBOURS nearest articles on either
 * side (an index-only probe per tag and direction), never a whole tag: a big tag holds a tenth of
 * the archive, and counting it took tens of milliseconds at 10,000 articles.
 */
function listBySharedTags(db: Database, params: SharedTagsParams): Promise<RelatedArticle[]> {
  const ownTags = db
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, params.articleId));
  const neighbours = (direction: '<' | '>') => {
    const order = direction === '<' ? sql`desc` : sql`asc`;
    return sql`(select n.article_id from ${articleTags} as n
      where n.tag_id = own.tag_id and n.article_id ${sql.raw(direction)} ${params.articleId}::int
      order by n.article_id ${order} limit ${TAG_NEIGHBOURS})`;
  };
  const candidates = sql`(select c.article_id
    from (select ${articleTags.tagId} as tag_id from ${articleTags}
          where ${articleTags.articleId} = ${params.articleId}::int) as own
    cross join lateral (${neighbours('<')} union all ${neighbours('>')}) as c)`;
  const shared = db
    .select({ articleId: articleTags.articleId, shared: sql<number>`count(*)`.as('shared') })
    .from(articleTags)
    .where(and(inArray(articleTags.tagId, ownTags), inArray(articleTags.articleId, candidates)))
    .groupBy(articleTags.articleId)
    .as('shared');
  return db
    .select(relatedColumns)
    .from(shared)
    .innerJoin(articles, eq(articles.id, shared.articleId))
    .where(and(visibleIn(params.locale), notInArray(articles.id, params.exclude)))
    .orderBy(
      desc(shared.shared),
      desc(sql`${articles.rubricId} is not distinct from ${params.rubricId}::int`),
      asc(distanceFrom(params.anchor)),
      desc(articles.id),
    )
    .limit(params.limit);
}

type NearestParams = {
  locale: ArticleLocale;
  filter?: SQL;
  anchor: Date;
  exclude: number[];
  limit: number;
};

/**
 * The edition's visible articles closest in time to the anchor: the nearest `limit` on each side
 * (two LIMIT probes of articles_locale_visible_idx, or of articles_rubric_locale_visible_idx with
 * a rubric filter), merged by distance.
 */
async function listNearest(db: Database, params: NearestParams): Promise<RelatedArticle[]> {
  const { filter, anchor, exclude, limit } = params;
  const base = and(visibleIn(params.locale), filter, notInArray(articles.id, exclude));
  const [before, after] = await Promise.all([
    db
      .select(relatedColumns)
      .from(articles)
      .where(and(base, lte(articles.publishAt, anchor)))
      .orderBy(desc(articles.publishAt), desc(articles.id))
      .limit(limit),
    db
      .select(relatedColumns)
      .from(articles)
      .where(and(base, gt(articles.publishAt, anchor)))
      .orderBy(asc(articles.publishAt), asc(articles.id))
      .limit(limit),
  ]);
  const distance = (a: RelatedArticle) => Math.abs(a.publishAt!.getTime() - anchor.getTime());
  return [...before, ...after]
    .sort((a, b) => distance(a) - distance(b) || b.id - a.id)
    .slice(0, limit);
}
