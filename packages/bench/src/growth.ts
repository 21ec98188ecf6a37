import { zonedDay } from '@vestnik/content/dates';
import { createDatabase } from '@vestnik/db/client';
import { listRubrics } from '@vestnik/db/queries/taxonomy';
import { httpGet, percentile, revalidate } from './http-get.ts';
import { articlePath, type SampledArticle } from './samples.ts';
import type { Site } from './site.ts';

export type GrowthSide = { site: Site; databaseUrl: string; articles: SampledArticle[] };
/** A cold request: expire these tags first (none for pages nobody requested yet), then GET. */
type Cold = { path: string; expire?: string[] };
type Plan = Record<string, Cold[]>;

export type GrowthCell = { samples: number; p50Ms: number; p95Ms: number; cold: number };
export type Growth = {
  pages: string[];
  big: Record<string, GrowthCell>;
  small: Record<string, GrowthCell>;
};

const PERIODS = ['day', 'week', 'month', 'all'];

/** Words of six letters or more from the sampled titles: each search is one nobody made yet. */
function searchWords(articles: SampledArticle[], n: number): string[] {
  const words = articles.flatMap((a) => a.title.toLowerCase().match(/[а-яё]{6,}/g) ?? []);
  return [...new Set(words)].slice(0, n);
}

async function plan(side: GrowthSide, n: number, words: string[], timeZone: string): Promise<Plan> {
  const { db, close } = createDatabase(side.databaseUrl, {
    max: 1,
    applicationName: 'vestnik-bench',
  });
  const rubrics = await listRubrics(db).finally(close);
  const days = [
    ...new Set(side.articles.slice(n).map((a) => zonedDay(a.publishAt!, timeZone))),
  ].slice(0, n);
  const cycle = <T>(items: T[], i: number) => items[i % items.length]!;
  return {
    article: side.articles.slice(0, n).map((a) => ({ path: articlePath(a) })),
    'archive day': days.map((d) => ({ path: `/archive/${d.replaceAll('-', '/')}` })),
    rubric: Array.from({ length: n }, (_, i) => {
      const rubric = cycle(rubrics, i);
      return { path: `/rubric/${rubric.slug}`, expire: [`rubric:${rubric.id}`] };
    }),
    popular: Array.from({ length: n }, (_, i) => ({
      path: `/popular?period=${cycle(PERIODS, i)}`,
      expire: ['popular'],
    })),
    search: words.map((w) => ({ path: `/search?q=${encodeURIComponent(w)}` })),
  };
}

function summarize(times: number[], cold: number): GrowthCell {
  return {
    samples: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    cold,
  };
}

/**
 * Cold render times of the page types whose queries could grow with the archive, on the big
 * archive and the small one, requests alternating between the two sites so that the machine's
 * load drifts over both alike. Hot pages come from memory whatever the archive size; what grows
 * is the render after a change or for a page nobody requested yet.
 */
export async function measureGrowth(options: {
  big: GrowthSide;
  small: GrowthSide;
  samples: number;
  secret: string;
  timeZone: string;
}): Promise<Growth> {
  const n = options.samples;
  const words = searchWords([...options.big.articles, ...options.small.articles], n);
  const sides = [options.big, options.small];
  const plans = await Promise.all(sides.map((s) => plan(s, n, words, options.timeZone)));
  const pages = Object.keys(plans[0]!);
  const times = sides.map(() => new Map(pages.map((p) => [p, [] as number[]])));
  const colds = sides.map(() => new Map(pages.map((p) => [p, 0])));
  for (let i = 0; i < n; i++) {
    for (const page of pages) {
      for (const [s, side] of sides.entries()) {
        const cold = plans[s]![page]![i];
        if (!cold) continue;
        if (cold.expire) await revalidate(side.site.url, options.secret, cold.expire);
        const response = await httpGet(side.site.url + cold.path);
        if (response.status !== 200) throw new Error(`${cold.path} answered ${response.status}`);
        times[s]!.get(page)!.push(response.ms);
        // Search has no page cache (every request renders), the rest must have missed it.
        if (response.headers['x-nextjs-cache'] !== 'HIT')
          colds[s]!.set(page, colds[s]!.get(page)! + 1);
      }
    }
  }
  const cells = sides.map((_, s) =>
    Object.fromEntries(pages.map((p) => [p, summarize(times[s]!.get(p)!, colds[s]!.get(p)!)])),
  );
  for (const page of pages) {
    console.log(
      `  ${page.padEnd(12)} p95 ${cells[0]![page]!.p95Ms.toFixed(0)} ms vs ${cells[1]![page]!.p95Ms.toFixed(0)} ms`,
    );
  }
  return { pages, big: cells[0]!, small: cells[1]! };
}
