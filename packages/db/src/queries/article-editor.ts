import type { ArticleDocument } from '@vestnik/content/document';
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  type ArticleLocale,
  articleAuthors,
  articleRelated,
  articleSources,
  articles,
  articleTags,
  type SourceRole,
  users,
} from '../schema/index.ts';
import { replaceArticleAuthors } from './article-bylines.ts';
import { insertArticle } from './article-insert.ts';
import type { Executor } from './audit.ts';
import { effectiveStatus } from './visibility.ts';

/** The editable fields of an article, as the editor form saves them. */
export type ArticleFields = {
  title: string;
  lead: string;
  body: ArticleDocument;
  bodyText: string;
  slug: string;
  /** The editor typed the slug (it never follows the title). */
  slugManual: boolean;
  rubricId: number | null;
  heroMediaId: number | null;
  breaking: boolean;
  featured: boolean;
  publishAt: Date | null;
  embargoUntil: Date | null;
  tagIds: number[];
  sources: { sourceId: number; role: SourceRole }[];
  relatedIds: number[];
  /** The byline in order; absent means "leave it as it is" (the creator on a new draft). */
  authorIds?: number[];
  /** The article's language; absent leaves it as it is (Russian on a new draft). */
  locale?: ArticleLocale;
};

export type CreateArticleDraftParams = ArticleFields & { userId: number };

/** A new draft: the creator is its author unless a byline is given; its slug is recorded for redirects. */
export async function createArticleDraft(db: Executor, params: CreateArticleDraftParams) {
  const { userId, tagIds, sources, relatedIds, authorIds, ...columns } = params;
  const { id, version, updatedAt } = await insertArticle(db, {
    ...columns,
    status: 'draft',
    createdBy: userId,
  });
  await replaceArticleAuthors(db, { articleId: id, userIds: authorIds ?? [userId] });
  await replaceArticleLinks(db, { id, tagIds, sources, relatedIds });
  return { id, version, updatedAt };
}

export type SaveArticleParams = ArticleFields & { id: number; version: number };

/**
 * Optimistic locking: the save names the version it was edited from. `undefined` means somebody
 * saved in between; the caller refuses instead of overwriting their work.
 */
export async function saveArticleFields(db: Executor, params: SaveArticleParams) {
  const { id, version, tagIds, sources, relatedIds, authorIds, ...columns } = params;
  const [row] = await db
    .update(articles)
    .set({ ...columns, version: sql`${articles.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(articles.id, id), eq(articles.version, version)))
    .returning({ id: articles.id, version: articles.version, updatedAt: articles.updatedAt });
  if (!row) return undefined;
  await replaceArticleLinks(db, { id, tagIds, sources, relatedIds });
  if (authorIds) await replaceArticleAuthors(db, { articleId: id, userIds: authorIds });
  return row;
}

type ArticleLinks = Pick<ArticleFields, 'tagIds' | 'sources' | 'relatedIds'> & { id: number };

async function replaceArticleLinks(db: Executor, params: ArticleLinks) {
  const { id } = params;
  await db.delete(articleTags).where(eq(articleTags.articleId, id));
  await db.delete(articleSources).where(eq(articleSources.articleId, id));
  await db.delete(articleRelated).where(eq(articleRelated.articleId, id));
  const tagIds = [...new Set(params.tagIds)];
  if (tagIds.length) {
    await db.insert(articleTags).values(tagIds.map((tagId) => ({ articleId: id, tagId })));
  }
  if (params.sources.length) {
    await db
      .insert(articleSources)
      .values(params.sources.map((s, position) => ({ articleId: id, ...s, position })))
      .onConflictDoNothing();
  }
  const related = [...new Set(params.relatedIds)].filter((relatedId) => relatedId !== id);
  if (related.length) {
    await db
      .insert(articleRelated)
      .values(related.map((relatedId, position) => ({ articleId: id, relatedId, position })));
  }
}

export type ArticleRef = { id: number };

/** Everything the editor form needs, in any status; undefined when the id does not exist. */
export async function getArticleForEdit(db: Executor, params: ArticleRef) {
  const [article] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      slugManual: articles.slugManual,
      title: articles.title,
      lead: articles.lead,
      body: articles.body,
      // As the newsroom sees it: a scheduled article whose time has come is published (the
      // editor's badge, which workflow moves it offers and which the server allows, the audit).
      status: effectiveStatus(),
      locale: articles.locale,
      translationGroup: articles.translationGroup,
      rubricId: articles.rubricId,
      heroMediaId: articles.heroMediaId,
      createdBy: articles.createdBy,
      breaking: articles.breaking,
      featured: articles.featured,
      publishAt: articles.publishAt,
      firstPublishedAt: articles.firstPublishedAt,
      embargoUntil: articles.embargoUntil,
      updatedAt: articles.updatedAt,
      version: articles.version,
      lockedBy: articles.lockedBy,
      lockedUntil: articles.lockedUntil,
    })
    .from(articles)
    .where(eq(articles.id, params.id))
    .limit(1);
  if (!article) return undefined;
  const links = await getArticleLinks(db, params);
  return { ...article, ...links };
}

export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

async function getArticleLinks(db: Executor, { id }: ArticleRef) {
  const [authors, tagRows, sourceRows, relatedRows] = await Promise.all([
    db
      .select({ id: users.id, name: users.name })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(eq(articleAuthors.articleId, id))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({
        tagId: articleTags.tagId,
        name: sql<string>`(select name from tags where id = ${articleTags.tagId})`,
      })
      .from(articleTags)
      .where(eq(articleTags.articleId, id)),
    db
      .select({
        sourceId: articleSources.sourceId,
        role: articleSources.role,
        name: sql<string>`(select name from sources where id = ${articleSources.sourceId})`,
        domain: sql<
          string | null
        >`(select domain from sources where id = ${articleSources.sourceId})`,
      })
      .from(articleSources)
      .where(eq(articleSources.articleId, id))
      .orderBy(asc(articleSources.position)),
    db
      .select({ id: articleRelated.relatedId, title: articles.title })
      .from(articleRelated)
      .innerJoin(articles, eq(articles.id, articleRelated.relatedId))
      .where(eq(articleRelated.articleId, id))
      .orderBy(asc(articleRelated.position)),
  ]);
  return { authors, tags: tagRows, sources: sourceRows, related: relatedRows };
}

export type IsArticleOwnerParams = { articleId: number; userId: number };

/** An author "owns" an article they are a byline of or that they created. */
export async function isArticleOwner(db: Executor, params: IsArticleOwnerParams) {
  const rows = await db.execute<{ owned: boolean }>(sql`
    select exists (
      select 1 from ${articles} a where a.id = ${params.articleId} and (
        a.created_by = ${params.userId} or exists (
          select 1 from ${articleAuthors} aa where aa.article_id = a.id and aa.user_id = ${params.userId}))
    ) as owned`);
  return Boolean(rows[0]?.owned);
}

export type ArticleVersionInfo = { version: number; updatedAt: Date; editor: string | null };

/** Who saved the current version and when: shown when a stale save is refused. */
export async function getArticleVersionInfo(
  db: Executor,
  params: ArticleRef,
): Promise<ArticleVersionInfo | undefined> {
  const rows = await db.execute<{ version: number; updated_at: string; editor: string | null }>(sql`
    select a.version, a.updated_at, (
      select u.name from article_revisions r join users u on u.id = r.author_id
      where r.article_id = a.id and r.version = a.version) as editor
    from ${articles} a where a.id = ${params.id}`);
  const row = rows[0];
  if (!row) return undefined;
  return { version: row.version, updatedAt: new Date(row.updated_at), editor: row.editor };
}
