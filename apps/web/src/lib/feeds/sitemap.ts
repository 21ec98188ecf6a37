import { element, XML_DECLARATION } from './xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export type SitemapEntry = { loc: string; lastModified?: Date | null };

const lastmod = (date?: Date | null) => (date ? element('lastmod', date.toISOString()) : '');

export function renderSitemapIndex(entries: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...entries.map((e) => `<sitemap>${element('loc', e.loc)}${lastmod(e.lastModified)}</sitemap>`),
    '</sitemapindex>',
  ].join('\n');
}

export function renderUrlSet(entries: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}">`,
    ...entries.map((e) => `<url>${element('loc', e.loc)}${lastmod(e.lastModified)}</url>`),
    '</urlset>',
  ].join('\n');
}

export type NewsEntry = { loc: string; title: string; language: string; published: Date };

/** Google News sitemap: publication name and language, publication date, title per article. */
export function renderNewsSitemap(publication: string, entries: NewsEntry[]): string {
  const news = (e: NewsEntry) =>
    [
      '<news:news>',
      `<news:publication>${element('news:name', publication)}${element('news:language', e.language)}</news:publication>`,
      element('news:publication_date', e.published.toISOString()),
      element('news:title', e.title),
      '</news:news>',
    ].join('');
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...entries.map((e) => `<url>${element('loc', e.loc)}${news(e)}</url>`),
    '</urlset>',
  ].join('\n');
}
