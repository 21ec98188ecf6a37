import type { ArticleDocument } from '@vestnik/content/document';
import { getMediaByIds, getVisibleArticle, resolveArticleSlug } from '@vestnik/db/queries/articles';
import { listRelatedArticles } from '@vestnik/db/queries/related';
import { cacheLife, cacheTag } from 'next/cache';
import { readDb } from '@/lib/db';
import { lastGood } from './last-good';

/**
 * Slug → article id, cached briefly and tagged with the article so an unpublish or rename (the
 * admin expires `article:<id>`) is seen at once.
 */
async function slugLookup(slug: string) {
  'use cache';
  const found = await resolveArticleSlug(readDb(), { slug });
  if (found.kind !== 'missing') cacheTag(`article:${found.id}`);
  cacheLife({ stale: 60, revalidate: 60, expire: 3600 });
  return found;
}

/**
 * A cached "missing" may be out of date: a scheduled article becomes visible by the clock alone,
 * with nobody to expire a tag. So "missing" is always confirmed with a direct (uncached, primary
 * key) lookup before the page answers 404; found articles keep being served from the cache, also
 * while the database is briefly unreachable.
 */
async function cachedArticleSlugFresh(slug: string) {
  const cached = await slugLookup(slug);
  if (cached.kind !== 'missing') return cached;
  return resolveArticleSlug(readDb(), { slug });
}

function collectMediaIds(doc: ArticleDocument): number[] {
  return doc.content.flatMap((block) => (block.type === 'image' ? [block.attrs.mediaId] : []));
}

async function loadArticle(id: number) {
  const db = readDb();
  const article = await getVisibleArticle(db, { id });
  if (!article) return undefined;
  const body = article.body as ArticleDocument;
  const inlineMedia = await getMediaByIds(db, { ids: collectMediaIds(body) });
  return { ...article, body, inlineMedia };
}

async function articleLookup(id: number) {
  'use cache';
  cacheTag(`article:${id}`);
  cacheLife({ stale: 300, revalidate: 300, expire: 86_400 });
  return loadArticle(id);
}

/** Everything the article page shows, with the inline images of its body resolved. */
async function cachedArticleFresh(id: number) {
  // As for slugs: a cached "not visible" is confirmed directly before it becomes a 404.
  return (await articleLookup(id)) ?? loadArticle(id);
}

export type CachedArticle = NonNullable<Awaited<ReturnType<typeof cachedArticle>>>;

/**
 * "Читайте также". Tagged `lists` as well: publishing or unpublishing any article changes which
 * ones qualify, and the admin expires `lists` on every such change.
 */
async function cachedRelatedArticlesFresh(id: number) {
  'use cache';
  cacheTag(`article:${id}`, 'lists');
  cacheLife({ stale: 60, revalidate: 300, expire: 86_400 });
  return listRelatedArticles(readDb(), { articleId: id, limit: 6 });
}

export const cachedArticleSlug = lastGood('cachedArticleSlug', cachedArticleSlugFresh);
export const cachedArticle = lastGood('cachedArticle', cachedArticleFresh);
export const cachedRelatedArticles = lastGood('cachedRelatedArticles', cachedRelatedArticlesFresh);
