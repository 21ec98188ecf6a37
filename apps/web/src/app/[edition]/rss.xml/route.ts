import { env } from '@/env';
import { cachedSiteFeed } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderRss, rssResponse } from '@/lib/feeds/rss';
import { onDemandParams, routeParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition');
}

/** RSS 2.0 of the whole site: the newest articles. */
export async function GET(_request: Request, ctx: RouteContext<'/[edition]/rss.xml'>) {
  if (!(await routeParams(ctx.params))) return notFoundText('Нет такой страницы.');
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
