import { tags } from '@vestnik/cache/tags';
import type { ArticleDocument } from '@vestnik/content/document';
import { getMediaByIds, getVisibleArticle, resolveArticleSlug } from '@vestnik/db/queries/articles';
import { listRelatedArticles } from '@vestnik/db/queries/related';
import { cacheLife } from 'next/cache';
import { readDb, readOrPrimary } from '@/lib/db';
import { lastGood } from './last-good';
import { life } from './lifetimes';
import { tagCache } from './tag-cache';

function collectMediaIds(doc: ArticleDocument): number[] {
  return doc.content.flatMap((block) => (block.type === 'image' ? [block.attrs.mediaId] : []));
}

/** The tags of what an article page shows besides the article itself. */
function tagArticleParts(article: NonNullable<Awaited<ReturnType<typeof getVisibleArticle>>>) {
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
}

/**
 * Everything an article page reads, from its address: slug → article (with the inline images of
 * its body) → "Читайте также". One cached read, not three: a never-seen article is the long tail's
 * cost, and each `'use cache'` miss costs its own serialisation and store (three took 4 ms more
 * CPU per page than one). Their lifetimes were the page's anyway (the shortest, the related list's).
 *
 * A missing slug is tagged with the address itself, which the admin and the publish watcher
 * expire when an article becomes visible there, and lives only seconds in case nobody does. A
 * found one is tagged with its article (an unpublish or rename expires it), with what the page
 * shows of it, and with every related article (unpublishing one removes the link at once; new
 * candidates join by the clock).
 */
async function cachedArticlePageFresh(slug: string) {
  'use cache';
  const { value: found } = await readOrPrimary(
    (db) => resolveArticleSlug(db, { slug }),
    (r) => r.kind === 'missing',
  );
  if (found.kind === 'missing') {
    tagCache(tags.slug(slug));
    cacheLife(life.missing);
    return { found, article: undefined, related: [] };
  }
  tagCache(tags.article(found.id));
  const { value: article, db } = await readOrPrimary(
    (from) => getVisibleArticle(from, { id: found.id }),
    (a) => !a,
  );
  if (!article) {
    cacheLife(life.missing);
    return { found, article: undefined, related: [] };
  }
  cacheLife(life.list);
  tagArticleParts(article);
  const body = article.body as ArticleDocument;
  const [inlineMedia, related] = await Promise.all([
    getMediaByIds(db, { ids: collectMediaIds(body) }),
    listRelatedArticles(readDb(), { articleId: article.id, locale: article.locale, limit: 6 }),
  ]);
  tagCache(...related.map((r) => tags.article(r.id)));
  return { found, article: { ...article, body, inlineMedia }, related };
}

export const cachedArticlePage = lastGood('cachedArticlePage', cachedArticlePageFresh);

export type CachedArticle = NonNullable<Awaited<ReturnType<typeof cachedArticlePage>>['article']>;
