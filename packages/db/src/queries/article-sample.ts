import { and, asc, count, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { articles } from '../schema/articles.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import { isVisible } from './visibility.ts';

export type ListArticleSampleParams = { count: number };

export type SampledArticle = {
  id: number;
  slug: string;
  /** The article's edition: a Kazakh one is at /kk/news/<slug>. */
  locale: ArticleLocale;
  title: string;
  rubricId: number | null;
  publishAt: Date | null;
};

/**
 * Up to `count` visible articles spread evenly over the whole archive (every n-th by id), for
 * benchmarks that must reach old and new articles alike, not only the newest pages. One scan.
 */
export async function listArticleSample(
  db: Database,
  params: ListArticleSampleParams,
): Promise<SampledArticle[]> {
  const [total] = await db.select({ n: count() }).from(articles).where(isVisible());
  const step = Math.max(1, Math.floor((total?.n ?? 0) / Math.max(1, params.count)));
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      locale: articles.locale,
      title: articles.title,
      rubricId: articles.rubricId,
      publishAt: articles.publishAt,
    })
    .from(articles)
    .where(and(isVisible(), sql`${articles.id} % ${step} = 0`))
    .orderBy(asc(articles.id))
    .limit(params.count);
}
