/**
 * A large deterministic archive for benchmarks, into the database in DATABASE_URL:
 *   pnpm db:generate-archive --articles 100000 [--seed 1] [--batch 1000] [--years 10]
 *     [--kk-share 0.25]   (share of Kazakh articles; default 0)
 * --years may be a fraction (0.1: the last 36 days), for a small archive as dense as a big one.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../client.ts';
import { generateArchive } from '../generate/archive.ts';
import { migrateDatabase } from '../migrate.ts';
import { zonedDay } from '../queries/popular.ts';
import { advancePopularWindows } from '../queries/popular-windows.ts';
import { seedDemoArchive } from '../seed/demo.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '1000' },
    years: { type: 'string', default: '10' },
    'kk-share': { type: 'string', default: '0' },
  },
});

function positive(name: string, raw: string, whole = true): number {
  const n = Number(raw.replaceAll('_', ''));
  if (!(n > 0 && Number.isFinite(n)) || (whole && !Number.isInteger(n))) {
    console.error(`--${name} must be a positive ${whole ? 'whole ' : ''}number (got "${raw}").`);
    process.exit(1);
  }
  return n;
}

const total = positive('articles', values.articles);
const kkShare = Number(values['kk-share']);
if (!(kkShare >= 0 && kkShare <= 1)) {
  console.error(`--kk-share must be a share between 0 and 1 (got "${values['kk-share']}").`);
  process.exit(1);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set; run it as `pnpm db:generate-archive`.');
  process.exit(1);
}

function progressBar(done: number, started: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const rate = done / ((performance.now() - started) / 1000);
  return `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${Math.round(rate).toLocaleString('en')} articles/s`;
}

await migrateDatabase(url);
const { db, close } = createDatabase(url, {
  max: 2,
  applicationName: 'vestnik-generate',
  // A million-article archive is written in large statements by an operator, not a request.
  statementTimeoutMs: 0,
});
await seedDemoArchive(db);
const started = performance.now();
await generateArchive(db, {
  articles: total,
  seed: positive('seed', values.seed),
  batchSize: positive('batch', values.batch),
  years: positive('years', values.years, false),
  now: new Date(),
  kkShare,
  onProgress: (done) => process.stderr.write(progressBar(done, started)),
});
const seconds = (performance.now() - started) / 1000;
// "Популярное" sums running totals only once its windows start today (the view counter moves them
// on its first flush of a day); move them now, in the site's zone, so a fresh archive reads fast.
const timeZone = process.env.SITE_TIMEZONE ?? 'Asia/Almaty';
await advancePopularWindows(db, { today: zonedDay(new Date(), timeZone) });
await db.execute(sql`analyze`);
const [size] = await db.execute<{ size: string }>(
  sql`select pg_size_pretty(pg_database_size(current_database())) as size`,
);
console.log(
  `\nInserted ${total.toLocaleString('en')} articles in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en')} articles/s); database size now ${size?.size}.`,
);
await close();
