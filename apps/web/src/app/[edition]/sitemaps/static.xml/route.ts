import { cachedSitemapTaxonomy } from '@/lib/cached/feeds';
import { notFoundText } from '@/lib/feeds/not-found';
import { renderUrlSet } from '@/lib/feeds/sitemap';
import { absoluteUrl, authorPath, rubricPath, sourcePath, tagPath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';
import { onDemandParams, routeParams } from '@/lib/prerender';

const STATIC_PATHS = ['/', '/archive', '/popular'];

export function generateStaticParams() {
  return onDemandParams('edition');
}

/** The site's fixed pages, rubrics, and tags, authors and sources that have published articles. */
export async function GET(_request: Request, ctx: RouteContext<'/[edition]/sitemaps/static.xml'>) {
  if (!(await routeParams(ctx.params))) return notFoundText('Нет такой страницы.');
  const taxonomy = await cachedSitemapTaxonomy();
  const paths = [
    ...STATIC_PATHS,
    ...taxonomy.rubrics.map((r) => rubricPath(r.slug)),
    ...taxonomy.tags.map((t) => tagPath(t.slug)),
    ...taxonomy.authors.map((a) => authorPath(a.slug)),
    ...taxonomy.sources.map((x) => sourcePath(x.slug)),
  ];
  return xmlResponse(renderUrlSet(paths.map((path) => ({ loc: absoluteUrl(path) }))));
}
