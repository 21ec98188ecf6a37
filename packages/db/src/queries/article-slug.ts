import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { articleSlugs, articles } from '../schema/index.ts';
import type { Executor } from './audit.ts';

export type SlugOwnerParams = { slug: string; articleId?: number };

/** Whether another article uses this slug now or used it before (old links must keep working). */
export async function isSlugTaken(db: Executor, params: SlugOwnerParams): Promise<boolean> {
  const other = params.articleId ?? 0;
  const [current] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, params.slug), ne(articles.id, other)))
    .limit(1);
  if (current) return true;
  const [old] = await db
    .select({ articleId: articleSlugs.articleId })
    .from(articleSlugs)
    .where(and(eq(articleSlugs.slug, params.slug), ne(articleSlugs.articleId, other)))
    .limit(1);
  return Boolean(old);
}

/** Of these slugs, the ones an article uses now or used before (isSlugTaken for many at once). */
export async function takenSlugs(db: Executor, slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const [current, old] = await Promise.all([
    db
      .select({ slug: articles.slug })
      .from(articles)
      .where(inArray(articles.slug, [...slugs])),
    db
      .select({ slug: articleSlugs.slug })
      .from(articleSlugs)
      .where(inArray(articleSlugs.slug, [...slugs])),
  ]);
  return new Set([...current, ...old].map((row) => row.slug));
}

/**
 * `base` if free, else the first free `base-2`, `base-3`, … One query reads every taken
 * candidate, so a popular headline does not cost one round trip per suffix.
 */
export async function findFreeSlug(db: Executor, params: SlugOwnerParams): Promise<string> {
  const other = params.articleId ?? 0;
  const pattern = `^${params.slug.replace(/[^a-z0-9-]/g, '')}(-[0-9]+)?$`;
  const [fromArticles, fromHistory] = await Promise.all([
    db
      .select({ slug: articles.slug })
      .from(articles)
      .where(and(sql`${articles.slug} ~ ${pattern}`, ne(articles.id, other))),
    db
      .select({ slug: articleSlugs.slug })
      .from(articleSlugs)
      .where(and(sql`${articleSlugs.slug} ~ ${pattern}`, ne(articleSlugs.articleId, other))),
  ]);
  const taken = new Set([...fromArticles, ...fromHistory].map((row) => row.slug));
  if (!taken.has(params.slug)) return params.slug;
  for (let n = 2; ; n++) {
    const candidate = `${params.slug}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export type ChangeArticleSlugParams = { articleId: number; slug: string; keepOld: boolean };

/**
 * Records the article's new slug. Before the first publish nobody can have linked to the old
 * one, so it is released (`keepOld: false`); afterwards it stays in article_slugs and the site
 * answers it with a 301 to the new address.
 */
export async function changeArticleSlug(db: Executor, params: ChangeArticleSlugParams) {
  if (!params.keepOld) {
    await db
      .delete(articleSlugs)
      .where(and(eq(articleSlugs.articleId, params.articleId), ne(articleSlugs.slug, params.slug)));
  }
  await db
    .insert(articleSlugs)
    .values({ slug: params.slug, articleId: params.articleId })
    .onConflictDoNothing();
}
