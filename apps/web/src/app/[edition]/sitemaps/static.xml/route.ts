import { cachedSitemapTaxonomy } from '@/lib/cached/feeds';
import { EDITIONS, type Edition, inEdition } from '@/lib/edition';
import { hreflangAlternates } from '@/lib/feeds/alternates';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderUrlSet } from '@/lib/feeds/sitemap';
import { absoluteUrl, authorPath, rubricPath, sourcePath, tagPath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';
import { messages } from '@/lib/i18n';
import { onDemandParams, routeEditionParams } from '@/lib/prerender';

const STATIC_PATHS = ['/', '/archive', '/popular'];

export function generateStaticParams() {
  return onDemandParams('edition');
}

/**
 * The site's fixed pages, rubrics, and tags, authors and sources that have published articles,
 * in both editions: each page's versions list one another as hreflang alternates.
 */
export async function GET(_request: Request, ctx: RouteContext<'/[edition]/sitemaps/static.xml'>) {
  const params = await routeEditionParams(ctx.params);
  if (params?.edition !== 'ru') return notFoundText(messages('ru').feeds.noPage);
  const taxonomy = await cachedSitemapTaxonomy();
  const pages: ((edition: Edition) => string)[] = [
    ...STATIC_PATHS.map((path) => (edition: Edition) => inEdition(edition, path)),
    ...taxonomy.rubrics.map((r) => (edition: Edition) => rubricPath(r.slug, edition)),
    ...taxonomy.tags.map((t) => (edition: Edition) => tagPath(t.slug, edition)),
    ...taxonomy.authors.map((a) => (edition: Edition) => authorPath(a.slug, edition)),
    ...taxonomy.sources.map((x) => (edition: Edition) => sourcePath(x.slug, edition)),
  ];
  const entries = pages.flatMap((page) => {
    const versions = EDITIONS.map((edition) => ({ edition, href: absoluteUrl(page(edition)) }));
    const alternates = hreflangAlternates(versions);
    return versions.map((v) => ({ loc: v.href, alternates }));
  });
  return xmlResponse(renderUrlSet(entries));
}
