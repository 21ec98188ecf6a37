import { env } from '@/env';
import { cachedNewsSitemap } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderNewsSitemap } from '@/lib/feeds/sitemap';
import { absoluteUrl, articlePath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';
import { onDemandParams, routeParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition');
}

/** Google News sitemap: articles of the last 48 hours. */
export async function GET(_request: Request, ctx: RouteContext<'/[edition]/news-sitemap.xml'>) {
  if (!(await routeParams(ctx.params))) return notFoundText('Нет такой страницы.');
  const articles = await cachedNewsSitemap();
  return xmlResponse(
    renderNewsSitemap(
      env().SITE_NAME,
      articles.flatMap((a) =>
        a.publishAt
          ? [
              {
                loc: absoluteUrl(articlePath(a.slug)),
                title: a.title,
                language: a.locale,
                published: a.publishAt,
              },
            ]
          : [],
      ),
    ),
  );
}
