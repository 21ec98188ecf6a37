import { cachedSitemapBuckets } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderSitemapIndex } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';
import { messages } from '@/lib/i18n';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

export function generateStaticParams() {
  return onDemandParams('edition');
}

/**
 * Sitemap index: one child for rubrics, tags and authors, one per month of the archive (a day
 * per file in a month too big for one). Each child stays under 50,000 URLs at any archive size.
 */
export async function GET(_request: Request, ctx: RouteContext<'/[edition]/sitemap-index.xml'>) {
  // One sitemap for the whole site, at the root edition's address (it lists both editions).
  const params = await routeEditionParams(ctx.params);
  if (params?.edition !== 'ru') return notFoundText(messages('ru').feeds.noPage);
  const buckets = await cachedSitemapBuckets();
  const newest = buckets[0]?.lastModified;
  return xmlResponse(
    renderSitemapIndex([
      { loc: absoluteUrl('/sitemaps/static.xml'), lastModified: newest },
      ...buckets.map((b) => ({
        loc: absoluteUrl(`/sitemaps/articles/${b.key}.xml`),
        lastModified: b.lastModified,
      })),
    ]),
  );
}
