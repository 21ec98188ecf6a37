import type { FeedArticle } from '@vestnik/db/queries/feeds';
import type { MediaVariant } from '@vestnik/db/schema';
import { type Edition, HTML_LANG } from '@/lib/edition';
import { mediaUrl } from '@/lib/media';
import { absoluteUrl, articlePath } from './urls';
import { element, escapeXml, XML_DECLARATION } from './xml';

export type RssChannel = {
  title: string;
  /** Site path of the HTML page the feed mirrors, and of the feed itself. */
  path: string;
  feedPath: string;
  description: string;
  /** The feed's language: each edition has its own feeds. */
  edition: Edition;
};

/** The largest WebP variant as the enclosure: RSS allows one, and readers show it as the picture. */
function enclosure(hero: NonNullable<FeedArticle['hero']>): string {
  const variants = Array.isArray(hero.variants) ? (hero.variants as MediaVariant[]) : [];
  const largest = [...variants].sort((a, b) => b.width - a.width)[0];
  const url = absoluteUrl(mediaUrl(largest?.key ?? hero.storageKey));
  const type = largest ? 'image/webp' : hero.mimeType;
  const length = largest?.bytes ?? hero.bytes;
  return `<enclosure url="${escapeXml(url)}" length="${length}" type="${escapeXml(type)}"/>`;
}

function item(article: FeedArticle, edition: Edition): string {
  const link = absoluteUrl(articlePath(article.slug, edition));
  return [
    '<item>',
    element('title', article.title),
    element('link', link),
    `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    element('description', article.lead),
    // RFC 822 date as RSS 2.0 requires: "Fri, 27 Nov 2026 10:19:13 GMT".
    article.publishAt ? element('pubDate', article.publishAt.toUTCString()) : '',
    element('category', article.rubricName),
    ...article.authorNames.map((name) => element('dc:creator', name)),
    article.hero ? enclosure(article.hero) : '',
    '</item>',
  ].join('');
}

export function renderRss(channel: RssChannel, articles: FeedArticle[]): string {
  // An empty feed has no build date (the optional element is left out): "now" would make the
  // stored feed depend on the moment of rendering, which Next refuses in a cached route.
  const newest = articles[0]?.publishAt;
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', channel.title),
    element('link', absoluteUrl(channel.path)),
    element('description', channel.description),
    element('language', HTML_LANG[channel.edition]),
    newest ? element('lastBuildDate', newest.toUTCString()) : '',
    `<atom:link href="${escapeXml(absoluteUrl(channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    ...articles.map((article) => item(article, channel.edition)),
    '</channel>',
    '</rss>',
  ].join('\n');
}

export function rssResponse(body: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      'x-content-type-options': 'nosniff',
    },
  });
}
