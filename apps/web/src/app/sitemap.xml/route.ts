import { connection } from 'next/server';
import { cachedSitemapBuckets } from '@/lib/cached/feeds';
import { renderSitemapIndex } from '@/lib/feeds/sitemap';
import { absoluteUrl } from '@/lib/feeds/urls';
import { xmlResponse } from '@/lib/feeds/xml';

/**
 * Sitemap index: one child for rubrics, tags and authors, one per month of the archive (a day
 * per file in a month too big for one). Each child stays under 50,000 URLs at any archive size.
 */
export async function GET() {
  await connection();
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
    { maxAge: 600 },
  );
}
