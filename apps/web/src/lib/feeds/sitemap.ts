import { element, escapeXml, XML_DECLARATION } from './xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** Another language's version of a page (hreflang), listed inside its <url>. */
export type SitemapAlternate = { hreflang: string; href: string };

export type SitemapEntry = {
  loc: string;
  lastModified?: Date | null;
  /** Every language version of the page, itself included (as Google asks), or none. */
  alternates?: SitemapAlternate[];
};

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const alternateLinks = (alternates: SitemapAlternate[] = []) =>
  alternates
    .map(
      (a) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`,
    )
    .join('');

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
    `<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">`,
    ...entries.map(
      (e) =>
        `<url>${element('loc', e.loc)}${lastmod(e.lastModified)}${alternateLinks(e.alternates)}</url>`,
    ),
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
