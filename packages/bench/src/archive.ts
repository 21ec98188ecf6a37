import { createDatabase } from '@vestnik/db/client';
import { ensureDatabase } from '@vestnik/db/ensure-database';
import { generateArchive } from '@vestnik/db/generate';
import { migrateDatabase } from '@vestnik/db/migrate';
import { countArticlesByStatus } from '@vestnik/db/queries/dashboard';
import { zonedDay } from '@vestnik/db/queries/popular';
import { advancePopularWindows } from '@vestnik/db/queries/popular-windows';
import { seedDemoArchive } from '@vestnik/db/seed';
import type { BenchEnv } from './env.ts';

export type Archive = {
  url: string;
  /** Published and scheduled articles (what readers can reach). */
  visible: number;
  /** Measured as found: nothing generated, migrated or written (except view beacons). */
  external: boolean;
};

export async function countVisible(url: string): Promise<number> {
  const { db, close } = createDatabase(url, { max: 1, applicationName: 'vestnik-bench' });
  try {
    const byStatus = await countArticlesByStatus(db);
    return (byStatus.published ?? 0) + (byStatus.scheduled ?? 0);
  } finally {
    await close();
  }
}

/** Another database on the server of `url`. */
function onServer(url: string, database: string): string {
  const other = new URL(url);
  other.pathname = `/${database}`;
  return other.toString();
}

/** The years the big archive spans. */
const ARCHIVE_YEARS = 10;

/**
 * Tops a bench database up to `wanted` articles over the last `years` (the generator is
 * deterministic, seed 1).
 */
async function fill(url: string, wanted: number, years: number): Promise<void> {
  const { db, close } = createDatabase(url, {
    max: 2,
    applicationName: 'vestnik-bench',
    // The generator's statements on a million-article archive outlast any request's limit.
    statementTimeoutMs: 0,
  });
  try {
    await seedDemoArchive(db);
    const have = Object.values(await countArticlesByStatus(db)).reduce((a, b) => a + (b ?? 0), 0);
    if (have < wanted) {
      const name = new URL(url).pathname.slice(1);
      console.log(`Generating ${(wanted - have).toLocaleString('en')} articles in ${name}…`);
      await generateArchive(db, {
        articles: wanted - have,
        seed: 1,
        batchSize: 1000,
        years,
        now: new Date(),
      });
    }
    // A live site's view counter moves the «Популярное» windows on its first flush of each day;
    // the bench sends no beacons before it reads, so move them here (else every period would
    // sum the daily rows).
    await advancePopularWindows(db, {
      today: zonedDay(new Date(), process.env.SITE_TIMEZONE ?? 'Asia/Almaty'),
    });
  } finally {
    await close();
  }
}

/**
 * The archive to measure and the smaller one of the growth table. By default both live on the
 * bench's embedded server (the launcher migrated and seeded the first); BENCH_DATABASE_URL and
 * BENCH_COMPARE_URL name existing databases instead, which are only read.
 */
export async function prepareArchives(
  env: BenchEnv,
): Promise<{ main: Archive; compare?: Archive }> {
  const external = Boolean(env.BENCH_DATABASE_URL);
  if (!external) await fill(env.DATABASE_URL, env.BENCH_ARTICLES, ARCHIVE_YEARS);
  const main = { url: env.DATABASE_URL, visible: await countVisible(env.DATABASE_URL), external };
  if (env.BENCH_COMPARE_URL) {
    const url = env.BENCH_COMPARE_URL;
    return { main, compare: { url, visible: await countVisible(url), external: true } };
  }
  // An existing database's server is not ours to create databases on.
  if (external) return { main };
  // As many articles a day as the big archive, over fewer days: an archive grows by its days.
  const share = env.BENCH_COMPARE_ARTICLES / env.BENCH_ARTICLES;
  const name = `vestnik_${env.BENCH_COMPARE_ARTICLES / 1000}k_of_${env.BENCH_ARTICLES / 1000}k`;
  await ensureDatabase(onServer(env.DATABASE_URL, 'postgres'), name);
  const url = onServer(env.DATABASE_URL, name);
  await migrateDatabase(url);
  await fill(url, env.BENCH_COMPARE_ARTICLES, ARCHIVE_YEARS * share);
  return { main, compare: { url, visible: await countVisible(url), external: false } };
}
