import { createDatabase } from '@vestnik/db/client';
import { listArticleSample, type SampledArticle } from '@vestnik/db/queries/article-sample';

export type { SampledArticle };

/** A fixed-seed shuffle (mulberry32): the same archive gives the same sets in every run. */
function shuffle<T>(items: T[], seed = 1): T[] {
  const out = [...items];
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Disjoint sets of articles spread over the whole archive, one per stage, so that an article a
 * stage calls "never seen" was requested by no other stage. Sets come out shorter, in the order
 * asked, when the archive is too small.
 */
export async function sampleArticleSets<K extends string>(
  url: string,
  sizes: Record<K, number>,
  exclude: string[] = [],
): Promise<Record<K, SampledArticle[]>> {
  const { db, close } = createDatabase(url, { max: 1, applicationName: 'vestnik-bench' });
  const total = Object.values<number>(sizes).reduce((a, b) => a + b, 0);
  const skip = new Set(exclude);
  try {
    const sample = await listArticleSample(db, { count: total + skip.size });
    const pool = shuffle(sample.filter((a) => !skip.has(a.slug)));
    if (pool.length < total) {
      console.warn(`Only ${pool.length} articles for ${total} wanted: the last sets are short.`);
    }
    let at = 0;
    const sets = {} as Record<K, SampledArticle[]>;
    for (const key of Object.keys(sizes) as K[]) {
      sets[key] = pool.slice(at, at + sizes[key]);
      at += sizes[key];
    }
    return sets;
  } finally {
    await close();
  }
}

/** A sampled article's address on the site: its own edition's (`/kk/news/…` for Kazakh). */
export const articlePath = (article: Pick<SampledArticle, 'slug' | 'locale'>) =>
  article.locale === 'kk' ? `/kk/news/${article.slug}` : `/news/${article.slug}`;
