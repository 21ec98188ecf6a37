import { excerpt } from '@vestnik/content/text';
import type { Metadata } from 'next';
import type { CachedArticle } from '@/lib/cached/article';
import { type Edition, OG_LOCALE } from '@/lib/edition';
import { hreflangAlternates } from '@/lib/feeds/alternates';
import { absoluteUrl, articlePath, authorPath } from '@/lib/feeds/urls';
import { imageSources } from '@/lib/media';

/** A visible translation of an article (queries/translations-public). */
export type ArticleTranslation = { id: number; locale: Edition; slug: string; title: string };

/**
 * Title, description, canonical URL, hreflang alternates (the article and its translations,
 * x-default the Russian one), OpenGraph article and Twitter card of an article page.
 */
export function articleMetadata(
  article: CachedArticle,
  translations: ArticleTranslation[],
  siteUrl: string,
): Metadata {
  const edition = article.locale;
  const url = new URL(articlePath(article.slug, edition), siteUrl).toString();
  const description = excerpt(article.lead || article.bodyText, 200);
  const hero = article.hero;
  const image = hero && { ...imageSources(hero), alt: hero.alt };
  const images = image
    ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }]
    : undefined;
  const languages = Object.fromEntries(
    hreflangAlternates([
      { edition, href: url },
      ...translations.map((t) => ({
        edition: t.locale,
        href: absoluteUrl(articlePath(t.slug, t.locale)),
      })),
    ]).map((a) => [a.hreflang, a.href]),
  );
  return {
    title: article.title,
    description,
    alternates: { canonical: url, languages },
    authors: article.authors.map((a) => ({ name: a.name, url: authorPath(a.slug, edition) })),
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description,
      locale: OG_LOCALE[edition],
      alternateLocale: translations.map((t) => OG_LOCALE[t.locale]),
      publishedTime: article.publishAt?.toISOString(),
      modifiedTime: article.updatedAt?.toISOString(),
      section: article.rubric?.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => new URL(authorPath(a.slug, edition), siteUrl).toString()),
      images,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: article.title,
      description,
      images: image ? [{ url: image.src, alt: image.alt }] : undefined,
    },
  };
}
