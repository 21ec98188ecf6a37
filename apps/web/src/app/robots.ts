import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { absoluteUrl } from '@/lib/feeds/urls';

/** Crawlers: everything but search results, the API and previews; the sitemaps are named here. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // SITE_URL is read per request: the same build serves any address.
  await connection();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/search', '/kk/search', '/api/', '/preview/'],
    },
    sitemap: [
      absoluteUrl('/sitemap.xml'),
      absoluteUrl('/news-sitemap.xml'),
      absoluteUrl('/kk/news-sitemap.xml'),
    ],
  };
}
