import type { ArticleDocument } from '@vestnik/content/document';
import { createDatabase } from '@vestnik/db/client';
import { getMediaByIds, getVisibleArticle, resolveArticleSlug } from '@vestnik/db/queries/articles';
import { listRelatedArticles } from '@vestnik/db/queries/related';
import { httpGet, percentile } from './http-get.ts';
import { articlePath, type SampledArticle } from './samples.ts';

export type Spread = { p50Ms: number; p95Ms: number };
export type NeverSeen = {
  samples: number;
  total: Spread;
  firstByte: Spread;
  statuses: Record<string, number>;
  cacheMisses: number;
  /** The site's CPU time per request (the rest of the wall time is waiting: database, I/O). */
  siteCpuMs?: number;
  /** The page's own reads, run by the bench on other never-seen articles, one after another. */
  reads: { samples: number; total: Spread; parts: Record<string, Spread> };
};

const spread = (values: number[]): Spread => ({
  p50Ms: percentile(values, 50),
  p95Ms: percentile(values, 95),
});

/** The article page's reads of one article, timed one by one (what a cold page must wait for). */
async function timeReads(url: string, articles: SampledArticle[]) {
  const { db, close } = createDatabase(url, { max: 1, applicationName: 'vestnik-bench' });
  const parts: Record<string, number[]> = { slug: [], article: [], media: [], related: [] };
  const totals: number[] = [];
  try {
    for (const sample of articles) {
      const t0 = performance.now();
      await resolveArticleSlug(db, { slug: sample.slug });
      const t1 = performance.now();
      const article = await getVisibleArticle(db, { id: sample.id });
      const t2 = performance.now();
      const body = article?.body as ArticleDocument | undefined;
      const ids = (body?.content ?? []).flatMap((b) =>
        b.type === 'image' ? [b.attrs.mediaId] : [],
      );
      await getMediaByIds(db, { ids });
      const t3 = performance.now();
      await listRelatedArticles(db, { articleId: sample.id, locale: sample.locale, limit: 6 });
      const t4 = performance.now();
      parts.slug!.push(t1 - t0);
      parts.article!.push(t2 - t1);
      parts.media!.push(t3 - t2);
      parts.related!.push(t4 - t3);
      totals.push(t4 - t0);
    }
  } finally {
    await close();
  }
  return {
    samples: totals.length,
    total: spread(totals),
    parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, spread(v)])),
  };
}

/**
 * The server time of an article nobody has asked for: one request at a time over one keep-alive
 * connection, each to an article no stage requested before, so each is a full render.
 */
export async function measureNeverSeen(
  site: { url: string; cpuMs: () => number },
  databaseUrl: string,
  articles: SampledArticle[],
  readArticles: SampledArticle[],
): Promise<NeverSeen> {
  const totals: number[] = [];
  const firstBytes: number[] = [];
  const statuses: Record<string, number> = {};
  let cacheMisses = 0;
  const cpuBefore = site.cpuMs();
  for (const article of articles) {
    const response = await httpGet(`${site.url}${articlePath(article)}`);
    totals.push(response.ms);
    firstBytes.push(response.firstByteMs);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    if (response.headers['x-nextjs-cache'] === 'MISS') cacheMisses++;
  }
  const siteCpuMs = articles.length ? (site.cpuMs() - cpuBefore) / articles.length : undefined;
  const reads = await timeReads(databaseUrl, readArticles);
  const result = {
    samples: totals.length,
    total: spread(totals),
    firstByte: spread(firstBytes),
    statuses,
    cacheMisses,
    siteCpuMs,
    reads,
  };
  console.log(
    `  never-seen article: p50 ${result.total.p50Ms.toFixed(0)} ms, p95 ${result.total.p95Ms.toFixed(0)} ms` +
      ` (site CPU ${siteCpuMs?.toFixed(0)} ms each; its own reads: p50 ${reads.total.p50Ms.toFixed(1)} ms)`,
  );
  return result;
}
