import { and, asc, desc, eq, gte, ilike, lt, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import {
  type ArticleLocale,
  type ArticleStatus,
  articleAuthors,
  articles,
  rubrics,
} from '../schema/index.ts';
import { qualified } from './qualified.ts';
import { effectiveStatus, hasEffectiveStatus, isVisible } from './visibility.ts';

export type EditorArticleSort = 'updated' | 'publish' | 'title';

export type ListEditorArticlesParams = {
  status?: ArticleStatus;
  /** The article's language. */
  locale?: ArticleLocale;
  rubricId?: number;
  /** Byline filter chosen in the form. */
  authorId?: number;
  /** Authors see only their own: byline or creator. */
  ownerId?: number;
  /** Publish time (or creation for unpublished) from / before, in UTC. */
  from?: Date;
  to?: Date;
  titleQuery?: string;
  sort: EditorArticleSort;
  /** Bounded pagination: the newsroom looks at recent work, deep pages go through filters. */
  page: number;
  pageSize: number;
};

export const MAX_EDITOR_LIST_PAGE = 50;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const hasByline = (userId: number) =>
  sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${qualified(articles.id)} and ${articleAuthors.userId} = ${userId})`;

const authorNames = sql<string | null>`(
  select string_agg(u.name, ', ' order by aa.position)
  from article_authors aa join users u on u.id = aa.user_id where aa.article_id = ${qualified(articles.id)})`;

export async function listEditorArticles(db: Database, params: ListEditorArticlesParams) {
  const when = sql`coalesce(${articles.publishAt}, ${articles.createdAt})`;
  const filters: (SQL | undefined)[] = [
    params.status ? hasEffectiveStatus(params.status) : undefined,
    params.locale ? eq(articles.locale, params.locale) : undefined,
    params.rubricId ? eq(articles.rubricId, params.rubricId) : undefined,
    params.authorId ? hasByline(params.authorId) : undefined,
    params.ownerId
      ? sql`(${articles.createdBy} = ${params.ownerId} or ${hasByline(params.ownerId)})`
      : undefined,
    params.from ? gte(when, params.from) : undefined,
    params.to ? lt(when, params.to) : undefined,
    params.titleQuery ? ilike(articles.title, `%${escapeLike(params.titleQuery)}%`) : undefined,
  ];
  const order = {
    updated: [desc(articles.updatedAt), desc(articles.id)],
    publish: [sql`${articles.publishAt} desc nulls last`, desc(articles.id)],
    title: [asc(articles.title), asc(articles.id)],
  }[params.sort];
  const page = Math.min(Math.max(params.page, 1), MAX_EDITOR_LIST_PAGE);
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: effectiveStatus(),
      locale: articles.locale,
      /** Linked to a translation (the other article of its group). */
      translated: sql<boolean>`(${qualified(articles.translationGroup)} is not null)`,
      publishAt: articles.publishAt,
      updatedAt: articles.updatedAt,
      rubric: rubrics.name,
      authors: authorNames,
    })
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .where(and(...filters))
    .orderBy(...order)
    .limit(params.pageSize + 1)
    .offset((page - 1) * params.pageSize);
  return { rows: rows.slice(0, params.pageSize), hasMore: rows.length > params.pageSize, page };
}

export type DashboardQueuesParams = {
  userId: number;
  ownOnly: boolean;
  dayStart: Date;
  limit: number;
};

/** The four queues of the newsroom front page. */
export async function listDashboardQueues(db: Database, params: DashboardQueuesParams) {
  const own = params.ownOnly
    ? sql`(${articles.createdBy} = ${params.userId} or ${hasByline(params.userId)})`
    : undefined;
  const columns = {
    id: articles.id,
    title: articles.title,
    status: effectiveStatus(),
    publishAt: articles.publishAt,
    updatedAt: articles.updatedAt,
    authors: authorNames,
  };
  const queue = (where: SQL | undefined, ...order: SQL[]) =>
    db
      .select(columns)
      .from(articles)
      .where(where)
      .orderBy(...order)
      .limit(params.limit);
  const [myDrafts, review, scheduled, publishedToday] = await Promise.all([
    queue(
      and(
        eq(articles.status, 'draft'),
        sql`(${articles.createdBy} = ${params.userId} or ${hasByline(params.userId)})`,
      ),
      desc(articles.updatedAt),
    ),
    queue(and(eq(articles.status, 'review'), own), asc(articles.updatedAt)),
    queue(and(hasEffectiveStatus('scheduled'), own), asc(articles.publishAt)),
    queue(
      and(isVisible(), gte(articles.publishAt, params.dayStart), own),
      desc(articles.publishAt),
    ),
  ]);
  return { myDrafts, review, scheduled, publishedToday };
}
