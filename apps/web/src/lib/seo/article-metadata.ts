import { excerpt } from '@vestnik/content/text';
import type { Metadata } from 'next';
import type { CachedArticle } from '@/lib/cached/article';
import { imageSources } from '@/lib/media';
import { articlePath } from './article-schema';

/** Title, description, canonical URL, OpenGraph article and Twitter card of an article page. */
export function articleMetadata(article: CachedArticle, siteUrl: string): Metadata {
  const url = new URL(articlePath(article.slug), siteUrl).toString();
  const description = excerpt(article.lead || article.bodyText, 200);
  const hero = article.hero;
  const image = hero && { ...imageSources(hero), alt: hero.alt };
  const images = image
    ? [{ url: image.src, width: image.width, height: image.height, alt: image.alt }]
    : undefined;
  return {
    title: article.title,
    description,
    alternates: { canonical: url },
    authors: article.authors.map((a) => ({ name: a.name, url: `/author/${a.slug}` })),
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description,
      locale: article.locale === 'kk' ? 'kk_KZ' : 'ru_RU',
      publishedTime: article.publishAt?.toISOString(),
      modifiedTime: article.updatedAt?.toISOString(),
      section: article.rubric?.name,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => new URL(`/author/${a.slug}`, siteUrl).toString()),
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
