import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articleRevisions, users } from '../schema/index.ts';
import { getArticleForEdit } from './article-editor.ts';
import type { Executor } from './audit.ts';

/** What a revision keeps: the editable content of one version, enough to diff and restore. */
export type ArticleSnapshot = {
  title: string;
  lead: string;
  body: unknown;
  slug: string;
  status: string;
  rubricId: number | null;
  heroMediaId: number | null;
  breaking: boolean;
  featured: boolean;
  publishAt: string | null;
  embargoUntil: string | null;
  tagIds: number[];
  sources: { sourceId: number; role: 'origin' | 'via' }[];
  relatedIds: number[];
  /** The byline in order; absent in revisions recorded before bylines were editable. */
  authorIds?: number[];
};

export type RecordRevisionParams = { articleId: number; userId: number };

/** Snapshots the article as it is now (call after the version bump, in the same transaction). */
export async function recordArticleRevision(db: Executor, params: RecordRevisionParams) {
  const article = await getArticleForEdit(db, { id: params.articleId });
  if (!article) throw new Error(`Article ${params.articleId} vanished inside its transaction`);
  const snapshot: ArticleSnapshot = {
    title: article.title,
    lead: article.lead,
    body: article.body,
    slug: article.slug,
    status: article.status,
    rubricId: article.rubricId,
    heroMediaId: article.heroMediaId,
    breaking: article.breaking,
    featured: article.featured,
    publishAt: article.publishAt?.toISOString() ?? null,
    embargoUntil: article.embargoUntil?.toISOString() ?? null,
    tagIds: article.tags.map((t) => t.tagId),
    sources: article.sources.map((s) => ({ sourceId: s.sourceId, role: s.role })),
    relatedIds: article.related.map((r) => r.id),
    authorIds: article.authors.map((a) => a.id),
  };
  await db.insert(articleRevisions).values({
    articleId: article.id,
    version: article.version,
    snapshot,
    authorId: params.userId,
  });
  return { version: article.version, snapshot };
}

export type ListRevisionsParams = { articleId: number; limit: number };

/** Newest first; an article is saved a few hundred times at most, so a bounded list suffices. */
export function listArticleRevisions(db: Database, params: ListRevisionsParams) {
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      createdAt: articleRevisions.createdAt,
      author: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, params.articleId))
    .orderBy(desc(articleRevisions.version))
    .limit(params.limit);
}

export type GetRevisionsParams = { articleId: number; versions: number[] };

export async function getArticleRevisions(db: Executor, params: GetRevisionsParams) {
  if (params.versions.length === 0) return [];
  const rows = await db
    .select({
      version: articleRevisions.version,
      snapshot: articleRevisions.snapshot,
      createdAt: articleRevisions.createdAt,
      author: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(
      and(
        eq(articleRevisions.articleId, params.articleId),
        inArray(articleRevisions.version, params.versions),
      ),
    );
  return rows.map((row) => ({ ...row, snapshot: row.snapshot as ArticleSnapshot }));
}
