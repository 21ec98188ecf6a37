import { tags } from '@vestnik/cache/tags';
import type { ArticleDocument } from '@vestnik/content/document';
import { getMediaByIds, getVisibleArticle, resolveArticleSlug } from '@vestnik/db/queries/articles';
import { listRelatedArticles } from '@vestnik/db/queries/related';
import { cacheLife } from 'next/cache';
import { readDb, readOrPrimary } from '@/lib/db';
import type { Edition } from '@/lib/edition';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { tagCache } from './tag-cache';

/**
 * Slug → article. A found slug is tagged with its article (an unpublish or rename expires it); a
 * missing one with the address itself, which the admin and the publish watcher expire when an
 * article becomes visible there, and it lives only seconds in case nobody does.
 */
async function cachedArticleSlugFresh(slug: string) {
  'use cache';
  const { value: found } = await readOrPrimary(
    (db) => resolveArticleSlug(db, { slug }),
    (r) => r.kind === 'missing',
  );
  if (found.kind === 'missing') {
    tagCache(tags.slug(slug));
    cacheLife(life.missing);
  } else {
    tagCache(tags.article(found.id));
    cacheLife(life.content);
  }
  return found;
}

function collectMediaIds(doc: ArticleDocument): number[] {
  return doc.content.flatMap((block) => (block.type === 'image' ? [block.attrs.mediaId] : []));
}

/** Everything the article page shows, with the inline images of its body resolved. */
async function cachedArticleFresh(id: number) {
  'use cache';
  tagCache(tags.article(id));
  const { value: article, db } = await readOrPrimary(
    (from) => getVisibleArticle(from, { id }),
    (a) => !a,
  );
  if (!article) {
    cacheLife(life.missing);
    return undefined;
  }
  cacheLife(life.content);
  // Renaming a rubric, tag, author or source changes what this page shows.
  if (article.rubric) tagCache(tags.rubric(article.rubric.id));
  tagCache(
    ...article.authors.map((a) => tags.author(a.id)),
    ...article.tags.map((t) => tags.tag(t.id)),
    ...article.sources.map((s) => tags.source(s.id)),
  );
  // The language switch and hreflang name the visible translations: the group's tag is expired
  // when one of its articles is published, unpublished, linked or unlinked, a translation's own
  // tag when its title or address changes.
  if (article.translationGroup !== null) {
    tagCache(
      tags.translations(article.translationGroup),
      ...article.translations.map((t) => tags.article(t.id)),
    );
  }
  const body = article.body as ArticleDocument;
  const inlineMedia = await getMediaByIds(db, { ids: collectMediaIds(body) });
  return { ...article, body, inlineMedia };
}

export type CachedArticle = NonNullable<Awaited<ReturnType<typeof cachedArticle>>>;

/**
 * "Читайте также". Tagged with every article it links to, so unpublishing one of them removes
 * the link at once; new candidates join by the clock.
 */
async function cachedRelatedArticlesFresh(id: number, locale: Edition) {
  'use cache';
  cacheLife(life.list);
  const related = await listRelatedArticles(readDb(), { articleId: id, locale, limit: 6 });
  tagCache(tags.article(id), ...related.map((r) => tags.article(r.id)));
  return related;
}

export const cachedArticleSlug = lastGood('cachedArticleSlug', cachedArticleSlugFresh);
export const cachedArticle = lastGood('cachedArticle', cachedArticleFresh);
export const cachedRelatedArticles = lastGood('cachedRelatedArticles', cachedRelatedArticlesFresh);
