import { cachedSitemapArticles } from '@/lib/cached/feeds';
import { hreflangAlternates } from '@/lib/feeds/alternates';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderUrlSet } from '@/lib/feeds/sitemap';
import { absoluteUrl, articlePath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';
import { messages } from '@/lib/i18n';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition', 'bucket');
}

/**
 * Articles of one month ("2026-05.xml") or one day ("2026-05-14.xml"), as a sitemap. One sitemap
 * serves the whole site (the Russian edition's address): each article at its own edition's
 * address, with its translation as an hreflang alternate.
 */
export async function GET(
  _request: Request,
  ctx: RouteContext<'/[edition]/sitemaps/articles/[bucket]'>,
) {
  const params = await routeEditionParams(ctx.params);
  const t = messages('ru').feeds;
  if (params?.edition !== 'ru') return notFoundText(t.noPage);
  const key = /^(\d{4}-\d{2}(?:-\d{2})?)\.xml$/.exec(params.bucket)?.[1];
  const articles = key ? await cachedSitemapArticles(key) : null;
  if (!articles) return notFoundText(t.noPage);
  return xmlResponse(
    renderUrlSet(
      articles.map((a) => {
        const loc = absoluteUrl(articlePath(a.slug, a.locale));
        return {
          loc,
          lastModified: a.updatedAt > (a.publishAt ?? a.updatedAt) ? a.updatedAt : a.publishAt,
          alternates: hreflangAlternates([
            { edition: a.locale, href: loc },
            ...a.alternates.map((t) => ({
              edition: t.locale,
              href: absoluteUrl(articlePath(t.slug, t.locale)),
            })),
          ]),
        };
      }),
    ),
  );
}
