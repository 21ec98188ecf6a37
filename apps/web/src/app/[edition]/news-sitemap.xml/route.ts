import { env } from '@/env';
import { cachedNewsSitemap } from '@/lib/cached/feeds';
import { HTML_LANG } from '@/lib/edition';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderNewsSitemap } from '@/lib/feeds/sitemap';
import { absoluteUrl, articlePath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';
import { messages } from '@/lib/i18n';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition');
}

/** Google News sitemap of an edition (/news-sitemap.xml, /kk/news-sitemap.xml): the last 48 hours. */
export async function GET(_request: Request, ctx: RouteContext<'/[edition]/news-sitemap.xml'>) {
  const params = await routeEditionParams(ctx.params);
  if (!params) return notFoundText(messages('ru').feeds.noPage);
  const { edition } = params;
  const articles = await cachedNewsSitemap(edition);
  return xmlResponse(
    renderNewsSitemap(
      env().SITE_NAME,
      articles.flatMap((a) =>
        a.publishAt
          ? [
              {
                loc: absoluteUrl(articlePath(a.slug, edition)),
                title: a.title,
                language: HTML_LANG[edition],
                published: a.publishAt,
              },
            ]
          : [],
      ),
    ),
  );
}
