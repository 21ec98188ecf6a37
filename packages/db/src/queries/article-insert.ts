import { articleSlugs, articles } from '../schema/index.ts';
import type { Executor } from './audit.ts';

export type NewArticle = typeof articles.$inferInsert;

export type InsertedArticle = { id: number; slug: string; version: number; updatedAt: Date };

const inserted = {
  id: articles.id,
  slug: articles.slug,
  version: articles.version,
  updatedAt: articles.updatedAt,
};

/**
 * The one way an article row comes into being (admin drafts, the demo seed, the archive
 * generator, test factories). Its first slug goes into article_slugs in the same breath: that
 * table is the slug history the site resolves addresses through and `findFreeSlug` checks, so an
 * article inserted without it could later lose its address to another one. Multi-row, so the
 * generator still writes a batch in two statements.
 */
export async function insertArticles(
  db: Executor,
  rows: readonly NewArticle[],
): Promise<InsertedArticle[]> {
  if (rows.length === 0) return [];
  const created = await db
    .insert(articles)
    .values([...rows])
    .returning(inserted);
  await db
    .insert(articleSlugs)
    .values(created.map((row) => ({ slug: row.slug, articleId: row.id })));
  return created;
}

/** One article and its slug history row (see insertArticles). */
export async function insertArticle(db: Executor, row: NewArticle): Promise<InsertedArticle> {
  const [created] = await insertArticles(db, [row]);
  return created!;
}
