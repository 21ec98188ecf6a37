import { connection } from 'next/server';
import { cachedSitemapTaxonomy } from '@/lib/cached/feeds';
import { renderUrlSet } from '@/lib/feeds/sitemap';
import { absoluteUrl, authorPath, rubricPath, sourcePath, tagPath } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';

const STATIC_PATHS = ['/', '/archive', '/popular'];

/** The site's fixed pages, rubrics, and tags, authors and sources that have published articles. */
export async function GET() {
  await connection();
  const taxonomy = await cachedSitemapTaxonomy();
  const paths = [
    ...STATIC_PATHS,
    ...taxonomy.rubrics.map((r) => rubricPath(r.slug)),
    ...taxonomy.tags.map((t) => tagPath(t.slug)),
    ...taxonomy.authors.map((a) => authorPath(a.slug)),
    ...taxonomy.sources.map((x) => sourcePath(x.slug)),
  ];
  return xmlResponse(renderUrlSet(paths.map((path) => ({ loc: absoluteUrl(path) }))), {
    maxAge: 3600,
  });
}
