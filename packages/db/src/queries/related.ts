import { and, asc, desc, eq, inArray, ne, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
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
 * "Читайте также": the editors' hand-picked links first (in their order), then articles sharing
 * the most tags, then the newest of the same rubric, then the newest overall so the block is never
 * near-empty. Never the article itself, never anything a reader may not see.
 */
export async function listRelatedArticles(
  db: Database,
  params: ListRelatedArticlesParams,
): Promise<RelatedArticle[]> {
  const limit = params.limit ?? 6;
  const { articleId } = params;
  const [self] = await db
    .select({ rubricId: articles.rubricId })
    .from(articles)
    .where(eq(articles.id, articleId));
  const rubricId = self?.rubricId ?? null;
  const result: RelatedArticle[] = await db
    .select(relatedColumns)
    .from(articleRelated)
    .innerJoin(articles, eq(articles.id, articleRelated.relatedId))
    .where(and(eq(articleRelated.articleId, articleId), isVisible()))
    .orderBy(asc(articleRelated.position), asc(articles.id))
    .limit(limit);
  const taken = () => [articleId, ...result.map((a) => a.id)];
  const missing = () => limit - result.length;
  if (missing() > 0) {
    result.push(
      ...(await listBySharedTags(db, { articleId, rubricId, exclude: taken(), limit: missing() })),
    );
  }
  if (missing() > 0 && rubricId !== null) {
    result.push(...(await listNewest(db, eq(articles.rubricId, rubricId), taken(), missing())));
  }
  if (missing() > 0) {
    result.push(...(await listNewest(db, undefined, taken(), missing())));
  }
  return result;
}

type SharedTagsParams = {
  articleId: number;
  rubricId: number | null;
  exclude: number[];
  limit: number;
};

/**
 * Articles ranked by how many tags they share with this one; ties go to the same rubric, then to
 * the newest.
 */
function listBySharedTags(db: Database, params: SharedTagsParams): Promise<RelatedArticle[]> {
  const ownTags = db
    .select({ tagId: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, params.articleId));
  const shared = db
    .select({ articleId: articleTags.articleId, shared: sql<number>`count(*)`.as('shared') })
    .from(articleTags)
    .where(and(inArray(articleTags.tagId, ownTags), ne(articleTags.articleId, params.articleId)))
    .groupBy(articleTags.articleId)
    .as('shared');
  return db
    .select(relatedColumns)
    .from(shared)
    .innerJoin(articles, eq(articles.id, shared.articleId))
    .where(and(isVisible(), notInArray(articles.id, params.exclude)))
    .orderBy(
      desc(shared.shared),
      desc(sql`${articles.rubricId} is not distinct from ${params.rubricId}::int`),
      desc(articles.publishAt),
      desc(articles.id),
    )
    .limit(params.limit);
}

function listNewest(
  db: Database,
  filter: SQL | undefined,
  exclude: number[],
  limit: number,
): Promise<RelatedArticle[]> {
  return db
    .select(relatedColumns)
    .from(articles)
    .where(and(isVisible(), filter, notInArray(articles.id, exclude)))
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(limit);
}
