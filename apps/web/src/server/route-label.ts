/**
 * The page type of a request to the site, for metrics: a label of a few dozen values, never the
 * path itself (every article, day and cursor would be a series of its own, without bound).
 * Paths are matched as readers send them, before next.config's rewrites (`/news/x`, not
 * `/ru/news/x`); a `/ru/…` address is the redirect to the same page and is labelled as that page.
 */
const ROUTES: [RegExp, string][] = [
  [/^\/$/, 'home'],
  [/^\/news\/[^/]+$/, 'article'],
  [/^\/news\/[^/]+\/translation$/, 'language_switch'],
  [/^\/(?:rubric|tag|author|source)\/[^/]+\/rss\.xml$/, 'feed'],
  [/^\/rss\.xml$/, 'feed'],
  [/^\/rubric\/[^/]+(?:\/[^/]+)?$/, 'rubric'],
  [/^\/tag\/[^/]+(?:\/[^/]+)?$/, 'tag'],
  [/^\/author\/[^/]+(?:\/[^/]+)?$/, 'author'],
  [/^\/source\/[^/]+(?:\/[^/]+)?$/, 'source'],
  [/^\/archive\/\d{4}\/\d{1,2}\/\d{1,2}$/, 'archive_day'],
  [/^\/archive\/\d{4}\/\d{1,2}$/, 'archive_month'],
  [/^\/archive\/\d{4}$/, 'archive_year'],
  [/^\/archive(?:\/(?:days|pick))?$/, 'archive'],
  [/^\/popular(?:\/[a-z]+)?$/, 'popular'],
  [/^\/search$/, 'search'],
  [/^\/(?:sitemap\.xml|sitemap-index\.xml|news-sitemap\.xml|sitemaps\/.+)$/, 'sitemap'],
  [/^\/old-post\/\d+$/, 'legacy_redirect'],
  [/^\/preview\/[^/]+$/, 'preview'],
  [/^\/api\/views\/[^/]+$/, 'api_views'],
  [/^\/api\/revalidate$/, 'api_revalidate'],
  [/^\/media\//, 'media'],
  [/^\/_next\/static\//, 'next_static'],
  [/^\/_next\/image$/, 'next_image'],
  [/^\/_next\//, 'next_other'],
  [/^\/(?:robots\.txt|icon\.svg|favicon\.ico|publisher-logo\.svg)$/, 'static_file'],
];

/**
 * The route label of `path` (no query string); `other` for anything unknown (404s, old URLs).
 * The Kazakh edition's pages (`/kk/…`) get the same labels as the Russian ones.
 */
export function siteRoute(_method: string, path: string): string {
  const edition = /^\/(?:ru|kk)(?=\/|$)/.exec(path)?.[0];
  const page = edition ? path.slice(edition.length) || '/' : path;
  for (const [pattern, label] of ROUTES) if (pattern.test(page)) return label;
  return 'other';
}
