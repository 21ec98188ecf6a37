import fs from 'node:fs';
import path from 'node:path';
import { type Load, measureRow, type Row, type Via } from './measure.ts';
import { articlePath, type SampledArticle } from './samples.ts';

export type LongTail = {
  row: Row;
  urls: number;
  hitShare: number;
  /** What served it, when more than the row's `via` says (the cluster stage). */
  label?: string;
};

/** Responses served from a cache, by the header each layer sets. */
const HIT_VALUES = new Set(['HIT', 'STALE']);

function writePaths(file: string, articles: SampledArticle[]): string {
  fs.writeFileSync(file, `${articles.map(articlePath).join('\n')}\n`);
  return file;
}

/**
 * Readers spread over the archive: distinct articles requested round robin, so nearly every
 * request is a page nobody asked for in this run (unless the rate laps the list). The warm-up
 * uses other articles: it warms the process, not the measured pages.
 */
export async function measureLongTail(options: {
  baseUrl: string;
  via: Via;
  articles: SampledArticle[];
  warmArticles: SampledArticle[];
  load: Load;
  workDir: string;
}): Promise<LongTail> {
  const header = options.via === 'varnish' ? 'x-cache' : 'x-nextjs-cache';
  const row = await measureRow(
    {
      name: `long tail (${options.articles.length} articles)`,
      via: options.via,
      baseUrl: options.baseUrl,
      path: '/',
      count: { header },
      pathsFile: writePaths(
        path.join(options.workDir, `tail-${options.via}.txt`),
        options.articles,
      ),
      // A warm-up of 50 cold renders would leave the site busy for half a minute: a few do.
      warmConnections: Math.min(4, options.load.connections),
      warmPathsFile: writePaths(
        path.join(options.workDir, `tail-warm-${options.via}.txt`),
        options.warmArticles,
      ),
    },
    options.load,
  );
  const values = row.wrk.headerValues ?? {};
  const hits = Object.entries(values)
    .filter(([value]) => HIT_VALUES.has(value.toUpperCase()))
    .reduce((sum, [, n]) => sum + n, 0);
  const hitShare = row.wrk.requests > 0 ? hits / row.wrk.requests : 0;
  return { row: { ...row, path: '(URL list)' }, urls: options.articles.length, hitShare };
}
