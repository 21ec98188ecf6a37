import type { CachedArticle } from '@/lib/cached/article';
import { HTML_LANG } from '@/lib/edition';
import { articlePath, authorPath } from '@/lib/feeds/urls';
import { imageSources } from '@/lib/media';
import type { ArticleTranslation } from './article-metadata';

type Site = { url: string; name: string };

const absolute = (site: Site, path: string) => new URL(path, site.url).toString();

/** schema.org NewsArticle for search engines and news aggregators. */
export function newsArticleSchema(
  article: CachedArticle,
  site: Site,
  translations: ArticleTranslation[] = [],
) {
  const url = absolute(site, articlePath(article.slug, article.locale));
  const hero = article.hero;
  const image = hero && imageSources(hero);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead || undefined,
    inLanguage: HTML_LANG[article.locale],
    datePublished: article.publishAt?.toISOString(),
    dateModified: (article.updatedAt ?? article.publishAt)?.toISOString(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.rubric?.name,
    keywords: article.tags.map((t) => t.name).join(', ') || undefined,
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: absolute(site, authorPath(a.slug, article.locale)),
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
    workTranslation: translations.length
      ? translations.map((t) => ({
          '@type': 'NewsArticle',
          url: absolute(site, articlePath(t.slug, t.locale)),
          headline: t.title,
          inLanguage: HTML_LANG[t.locale],
        }))
      : undefined,
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
