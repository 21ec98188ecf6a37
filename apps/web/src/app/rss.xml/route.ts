import { connection } from 'next/server';
import { env } from '@/env';
import { cachedSiteFeed } from '@/lib/cached/feeds';
import { renderRss, rssResponse } from '@/lib/feeds/rss';

/** RSS 2.0 of the whole site: the newest articles. */
export async function GET() {
  await connection();
  const { SITE_NAME } = env();
  const articles = await cachedSiteFeed();
  return rssResponse(
    renderRss(
      {
        title: SITE_NAME,
        path: '/',
        feedPath: '/rss.xml',
        description: `${SITE_NAME}: новости Казахстана и мира`,
      },
      articles,
    ),
  );
}
