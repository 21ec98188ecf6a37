import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ArticleLocale } from '../schema/enums.ts';
import {
  articleAuthors,
  articleSlugs,
  articleSources,
  articles,
  articleTags,
  corrections,
  media,
  rubrics,
  sources,
  tags,
  users,
} from '../schema/index.ts';
import { type ListingCursor, olderThan, publishKey } from './keyset.ts';
import { rubricName, tagName } from './localized.ts';
import { listVisibleTranslations } from './translations-public.ts';
import { isVisible } from './visibility.ts';

export const articleCardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  lead: articles.lead,
  publishAt: articles.publishAt,
  viewCount: articles.viewCount,
  breaking: articles.breaking,
  featured: articles.featured,
  heroMediaId: articles.heroMediaId,
  rubricId: articles.rubricId,
};

export type ArticleCard = {
  id: number;
  slug: string;
  title: string;
  lead: string;
  publishAt: Date | null;
  viewCount: number;
  breaking: boolean;
  featured: boolean;
  heroMediaId: number | null;
  rubricId: number | null;
};

export type ListLatestArticlesParams = {
  locale: ArticleLocale;
  limit: number;
  before?: ListingCursor;
};

/**
 * The edition's newest visible articles, keyset-paginated on (publish_at, id) along
 * articles_locale_visible_idx so deep pages stay fast; `publishKey` of the last one (with `id`)
 * is the next page's `before`.
 */
export function listLatestArticles(
  db: Database,
  params: ListLatestArticlesParams,
): Promise<(ArticleCard & { publishKey: string })[]> {
  return db
    .select({ ...articleCardColumns, publishKey })
    .from(articles)
    .where(
      and(
        isVisible(),
        eq(articles.locale, params.locale),
        params.before && olderThan(params.before),
      ),
    )
    .orderBy(desc(articles.publishAt), desc(articles.id))
    .limit(params.limit);
}

export type GetArticleBySlugParams = { slug: string };

/** `locale` is the article's edition: the site redirects an article asked for under the other. */
export type ArticleSlugLookup =
  | { kind: 'current'; id: number; locale: ArticleLocale }
  | { kind: 'renamed'; id: number; locale: ArticleLocale; currentSlug: string }
  | { kind: 'missing' };

/**
 * Resolves a slug, including any slug the article had before a rename (for 301 redirects), in
 * either language: slugs are unique across editions.
 */
export async function resolveArticleSlug(
  db: Database,
  params: GetArticleBySlugParams,
): Promise<ArticleSlugLookup> {
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug, locale: articles.locale })
    .from(articleSlugs)
    .innerJoin(articles, eq(articles.id, articleSlugs.articleId))
    .where(and(eq(articleSlugs.slug, params.slug), isVisible()))
    .limit(1);
  if (!row) return { kind: 'missing' };
  if (row.slug === params.slug) return { kind: 'current', id: row.id, locale: row.locale };
  return { kind: 'renamed', id: row.id, locale: row.locale, currentSlug: row.slug };
}

export type GetArticleParams = {
  id: number;
  /** Only for a verified preview link: returns the article whatever its status. */
  includeUnpublished?: boolean;
};

/**
 * Everything the article page shows, for a visible article; undefined otherwise. Whatever edition
 * asks, the rubric and tag names are in the article's own language (`locale`), and `translations`
 * are its visible translations (listVisibleTranslations).
 */
export async function getVisibleArticle(db: Database, params: GetArticleParams) {
  const [article] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      lead: articles.lead,
      body: articles.body,
      bodyText: articles.bodyText,
      locale: articles.locale,
      translationGroup: articles.translationGroup,
      publishAt: articles.publishAt,
      updatedAt: articles.updatedAt,
      firstPublishedAt: articles.firstPublishedAt,
      viewCount: articles.viewCount,
      breaking: articles.breaking,
      rubric: { id: rubrics.id, slug: rubrics.slug, name: rubricName(articles.locale) },
      heroMediaId: articles.heroMediaId,
    })
    .from(articles)
    .leftJoin(rubrics, eq(rubrics.id, articles.rubricId))
    .where(and(eq(articles.id, params.id), params.includeUnpublished ? undefined : isVisible()))
    .limit(1);
  if (!article) return undefined;
  const tagLabel = tagName(article.locale);
  const [authors, cited, tagList, fixes, hero, translations] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, slug: users.slug })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(eq(articleAuthors.articleId, article.id))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({
        id: sources.id,
        name: sources.name,
        slug: sources.slug,
        domain: sources.domain,
        url: sources.url,
        role: articleSources.role,
      })
      .from(articleSources)
      .innerJoin(sources, eq(sources.id, articleSources.sourceId))
      .where(eq(articleSources.articleId, article.id))
      .orderBy(asc(articleSources.position)),
    db
      .select({ id: tags.id, name: tagLabel, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, article.id))
      .orderBy(asc(tagLabel)),
    db
      .select({ id: corrections.id, text: corrections.text, createdAt: corrections.createdAt })
      .from(corrections)
      .where(eq(corrections.articleId, article.id))
      .orderBy(asc(corrections.createdAt)),
    article.heroMediaId ? getMediaByIds(db, { ids: [article.heroMediaId] }) : Promise.resolve([]),
    article.translationGroup === null
      ? Promise.resolve([])
      : listVisibleTranslations(db, { articleId: article.id }),
  ]);
  return {
    ...article,
    authors,
    sources: cited,
    tags: tagList,
    corrections: fixes,
    hero: hero[0],
    translations,
  };
}

export type ArticleDetail = NonNullable<Awaited<ReturnType<typeof getVisibleArticle>>>;

export type GetMediaByIdsParams = { ids: number[] };

export function getMediaByIds(db: Database, params: GetMediaByIdsParams) {
  if (params.ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: media.id,
      storageKey: media.storageKey,
      width: media.width,
      height: media.height,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      variants: media.variants,
      photoSource: { name: sources.name, url: sources.url, domain: sources.domain },
    })
    .from(media)
    .leftJoin(sources, eq(sources.id, media.photoSourceId))
    .where(inArray(media.id, params.ids));
}
