import { env } from '@/env';
import { cachedSiteFeed } from '@/lib/cached/feeds';
import { inEdition } from '@/lib/edition';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderRss, rssResponse } from '@/lib/feeds/rss';
import { messages } from '@/lib/i18n';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition');
}

/** RSS 2.0 of an edition (/rss.xml, /kk/rss.xml): its newest articles. */
export async function GET(_request: Request, ctx: RouteContext<'/[edition]/rss.xml'>) {
  const params = await routeEditionParams(ctx.params);
  if (!params) return notFoundText(messages('ru').feeds.noPage);
  const { edition } = params;
  const t = messages(edition).feeds;
  const { SITE_NAME } = env();
  const articles = await cachedSiteFeed(edition);
  return rssResponse(
    renderRss(
      {
        title: t.siteTitle(SITE_NAME),
        path: inEdition(edition, '/'),
        feedPath: inEdition(edition, '/rss.xml'),
        description: t.siteDescription(SITE_NAME),
        edition,
      },
      articles,
    ),
  );
}
