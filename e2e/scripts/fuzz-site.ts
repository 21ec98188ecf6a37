/**
 * The long fuzz run (not part of the suite): `tsx scripts/fuzz-site.ts <site url> [count] [seed]`
 * sends `count` (10,000) hostile addresses to a running site and prints how many answered 5xx,
 * with the first few of them.
 */
import { fuzzPaths } from '../tests/support/fuzz-site.ts';
import { REFERENCE_ARTICLE } from '../tests/support/reference.ts';

const [base = 'http://localhost:3000', count = '10000', seed = '1'] = process.argv.slice(2);
const slugs = [REFERENCE_ARTICLE.slug];
const paths = fuzzPaths(Number(count), Number(seed), slugs);
const statuses = new Map<number, number>();
const failures: string[] = [];
let next = 0;
const started = Date.now();
async function worker() {
  while (next < paths.length) {
    const path = paths[next++]!;
    const response = await fetch(`${base}${path}`, { redirect: 'manual' });
    await response.body?.cancel();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500) failures.push(`${response.status} ${path.slice(0, 200)}`);
  }
}
await Promise.all(Array.from({ length: 8 }, worker));
console.log(
  `${paths.length} requests in ${((Date.now() - started) / 1000).toFixed(0)} s; statuses:`,
  Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])),
);
console.log(`${failures.length} answered 5xx${failures.length ? ':' : '.'}`);
for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
process.exit(failures.length ? 1 : 0);
