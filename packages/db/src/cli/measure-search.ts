/**
 * How search time grows with the archive: the same words asked once each of a big archive and a
 * small one, alternating, through searchArticles (the site's first page of results):
 *   node --import tsx packages/db/src/cli/measure-search.ts --big postgres://…/vestnik_1m \
 *     --small postgres://…/vestnik_10k [--words 40] [--candidates 500]
 * The words are those of six letters or more in Russian titles spread over the small archive (so
 * both archives hold them). Each word is asked once: a first search, as a reader's would be. It
 * prints each word's time and matches on both, then p50 and p95 and their ratios.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../client.ts';
import { SEARCH_CANDIDATE_LIMIT, searchArticles } from '../queries/search.ts';

const { values } = parseArgs({
  options: {
    big: { type: 'string' },
    small: { type: 'string' },
    words: { type: 'string', default: '40' },
    candidates: { type: 'string', default: String(SEARCH_CANDIDATE_LIMIT) },
  },
});
const wordCount = Number(values.words);
const candidateLimit = Number(values.candidates);
if (!values.big || !values.small || !(wordCount > 0) || !(candidateLimit > 0)) {
  console.error('Usage: measure-search.ts --big URL --small URL [--words 40] [--candidates 500]');
  process.exit(1);
}

const sides = (['big', 'small'] as const).map((name) => ({
  name,
  ...createDatabase(values[name]!, { max: 1, applicationName: 'vestnik-measure-search' }),
  ms: [] as number[],
}));
const small = sides[1]!;

const titles = await small.db.execute<{ title: string }>(
  sql`select title from articles where locale = 'ru' and id % 37 = 0 order by id limit 1000`,
);
const words = [
  ...new Set([...titles].flatMap((t) => t.title.toLowerCase().match(/[а-яё]{6,}/g) ?? [])),
].slice(0, wordCount);

for (const word of words) {
  const cells = [word.padEnd(16)];
  for (const side of sides) {
    const started = performance.now();
    const result = await searchArticles(side.db, {
      query: word,
      locale: 'ru',
      limit: 20,
      offset: 0,
      candidateLimit,
    });
    const ms = performance.now() - started;
    side.ms.push(ms);
    const found = `${result.total}${result.capped ? '+' : ''}`;
    cells.push(`${side.name} ${ms.toFixed(0).padStart(5)} ms ${found.padStart(6)}`);
  }
  console.log(cells.join('   '));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

for (const p of [50, 95]) {
  const [big, little] = sides.map((s) => percentile(s.ms, p));
  console.log(
    `p${p}: big ${big!.toFixed(0)} ms, small ${little!.toFixed(0)} ms, ratio ${(big! / little!).toFixed(2)}`,
  );
}
await Promise.all(sides.map((s) => s.close()));
