import { cachedSitemapArticles } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderUrlSet } from '@/lib/feeds/sitemap';
import { absoluteUrl, articlePath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';
import { onDemandParams, routeParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition', 'bucket');
}

/** Articles of one month ("2026-05.xml") or one day ("2026-05-14.xml"), as a sitemap. */
export async function GET(
  _request: Request,
  ctx: RouteContext<'/[edition]/sitemaps/articles/[bucket]'>,
) {
  const params = await routeParams(ctx.params);
  if (!params) return notFoundText('Нет такой страницы.');
  const { bucket } = params;
  const key = /^(\d{4}-\d{2}(?:-\d{2})?)\.xml$/.exec(bucket)?.[1];
  const articles = key ? await cachedSitemapArticles(key) : null;
  if (!articles) return notFoundText('Такой карты сайта нет.');
  return xmlResponse(
    renderUrlSet(
      articles.map((a) => ({
        loc: absoluteUrl(articlePath(a.slug)),
        lastModified: a.updatedAt > (a.publishAt ?? a.updatedAt) ? a.updatedAt : a.publishAt,
      })),
    ),
  );
}
