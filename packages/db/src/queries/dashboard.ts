import { count, desc, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { type ArticleStatus, articleAuthors, articles, users } from '../schema/index.ts';
import { qualified } from './qualified.ts';
import { effectiveStatus } from './visibility.ts';

/** How many articles are in each workflow state, as the newsroom sees it (a live scheduled one is published). */
export async function countArticlesByStatus(db: Database) {
  // By position: the expression's parameters are numbered anew in GROUP BY, which PostgreSQL
  // would then not recognise as the selected expression.
  const rows = await db
    .select({ status: effectiveStatus(), n: count() })
    .from(articles)
    .groupBy(sql`1`);
  return Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<
    Record<ArticleStatus, number>
  >;
}

export type ListRecentArticlesParams = { limit: number; authorId?: number };

/** Most recently changed articles in any state, for the newsroom; optionally one author's own. */
export function listRecentlyUpdatedArticles(db: Database, params: ListRecentArticlesParams) {
  const query = db
    .select({
      id: articles.id,
      title: articles.title,
      status: effectiveStatus(),
      updatedAt: articles.updatedAt,
      publishAt: articles.publishAt,
      author: sql<string | null>`(
        select string_agg(${users.name}, ', ' order by ${articleAuthors.position})
        from ${articleAuthors} join ${users} on ${users.id} = ${articleAuthors.userId}
        where ${articleAuthors.articleId} = ${qualified(articles.id)})`,
    })
    .from(articles)
    .$dynamic();
  if (params.authorId !== undefined) {
    query.where(
      sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${qualified(articles.id)} and ${articleAuthors.userId} = ${params.authorId})`,
    );
  }
  return query.orderBy(desc(articles.updatedAt), desc(articles.id)).limit(params.limit);
}
