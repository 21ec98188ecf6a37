/**
 * `pnpm bench`: load-tests the production build of the site on a large seeded archive and prints
 * each page type's latency as a RATIO to the home page measured in the same run (this machine is
 * shared and noisy, so absolute times are not comparable between runs), plus the article page's
 * client JavaScript (gzip) against a page with no islands of our own (the 404 page: framework only).
 *   BENCH_ARTICLES=100000 BENCH_SECONDS=8 BENCH_CONNECTIONS=8 pnpm bench
 */

import { createDatabase } from '@vestnik/db/client';
import { generateArchive } from '@vestnik/db/generate';
import { countArticlesByStatus } from '@vestnik/db/queries/dashboard';
import { zonedDay } from '@vestnik/db/queries/popular';
import { advancePopularWindows } from '@vestnik/db/queries/popular-windows';
import { pageScriptBytes } from './js-size.ts';
import { load } from './load.ts';
import { startSite } from './server.ts';
import { pickTargets } from './targets.ts';

const wanted = Number(process.env.BENCH_ARTICLES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 8);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: run through `pnpm bench`.');

const { db, close } = createDatabase(url, { max: 4, applicationName: 'vestnik-bench' });
const have = Object.values(await countArticlesByStatus(db)).reduce((a, b) => a + (b ?? 0), 0);
if (have < wanted) {
  const missing = wanted - have;
  console.log(
    `Generating ${missing.toLocaleString('en')} more articles for the benchmark archive…`,
  );
  await generateArchive(db, {
    articles: missing,
    seed: 1,
    batchSize: 1000,
    years: 10,
    now: new Date(),
  });
}
// A live site's view counter moves the «Популярное» windows on its first flush of each day; the
// load test sends no view beacons, so move them here or every period would sum the daily rows.
await advancePopularWindows(db, {
  today: zonedDay(new Date(), process.env.SITE_TIMEZONE ?? 'Asia/Almaty'),
});
const targets = await pickTargets(db);
await close();

const site = await startSite(Number(process.env.BENCH_PORT ?? 3300), process.env);
try {
  const rows = [];
  for (const target of targets) {
    await load(site.url + target.path, { seconds: 1, connections: 2 }); // warm caches and JIT
    rows.push({ ...target, ...(await load(site.url + target.path, { seconds, connections })) });
  }
  const home = rows[0]!;
  console.log(
    `\nArchive: ${wanted.toLocaleString('en')}+ articles; ${seconds}s × ${connections} connections per page.\n`,
  );
  console.log('| page | req/s | mean ms | p99 ms | mean vs home | non-2xx/errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.rps.toFixed(0)} | ${r.meanMs.toFixed(1)} | ${r.p99Ms} | ${(r.meanMs / home.meanMs).toFixed(2)}× | ${r.errors} |`,
    );
  }
  const article = await pageScriptBytes(site.url + targets[1]!.path);
  const empty = await pageScriptBytes(`${site.url}/bench-no-such-page`);
  console.log(
    `\nClient JS (gzip): article page ${(article.gzipBytes / 1024).toFixed(1)} KiB in ${article.files} files; ` +
      `page without islands (404) ${(empty.gzipBytes / 1024).toFixed(1)} KiB; ratio ${(article.gzipBytes / empty.gzipBytes).toFixed(2)}×.`,
  );
} finally {
  site.stop();
}
