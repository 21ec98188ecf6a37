import type { CachedArticle } from '@/lib/cached/article';
import { imageSources } from '@/lib/media';

type Site = { url: string; name: string };

const absolute = (site: Site, path: string) => new URL(path, site.url).toString();

export const articlePath = (slug: string) => `/news/${slug}`;

/** schema.org NewsArticle for search engines and news aggregators. */
export function newsArticleSchema(article: CachedArticle, site: Site) {
  const url = absolute(site, articlePath(article.slug));
  const hero = article.hero;
  const image = hero && imageSources(hero);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead || undefined,
    inLanguage: article.locale === 'kk' ? 'kk' : 'ru',
    datePublished: article.publishAt?.toISOString(),
    dateModified: (article.updatedAt ?? article.publishAt)?.toISOString(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.rubric?.name,
    keywords: article.tags.map((t) => t.name).join(', ') || undefined,
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: absolute(site, `/author/${a.slug}`),
    })),
    image: image && {
      '@type': 'ImageObject',
      url: absolute(site, image.src),
      width: image.width,
      height: image.height,
      caption: hero.caption || undefined,
      creditText: hero.credit || hero.photoSource?.name || undefined,
    },
    isBasedOn: article.sources.flatMap((s) => (s.url ? [s.url] : [])),
    publisher: {
      '@type': 'Organization',
      name: site.name,
      url: site.url,
      logo: { '@type': 'ImageObject', url: absolute(site, '/publisher-logo.svg') },
    },
  };
}

type Crumb = { name: string; path: string };

export function breadcrumbSchema(crumbs: Crumb[], site: Site) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absolute(site, crumb.path),
    })),
  };
}
