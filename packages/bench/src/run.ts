/**
 * The bench itself (started by launch.ts with DATABASE_URL set): prepares the archives, starts
 * the site (and Varnish, and a 10k-archive site for the growth table), runs the stages in order
 * and writes .data/bench/report.md and report.json. A tool, not a test: nothing here fails on a
 * slow figure, the report states each target and whether this run met it.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { prepareArchives } from './archive.ts';
import { measureCeilings } from './ceilings.ts';
import { CLUSTER_INSTANCES, measureClusterTail } from './cluster.ts';
import { benchEnv, type Stage } from './env.ts';
import { measureGrowth } from './growth.ts';
import { measureHotPages } from './hot-pages.ts';
import { clientHeaders } from './http-get.ts';
import { measureClientJs } from './js-size.ts';
import { measureLongTail } from './long-tail.ts';
import { measureNeverSeen } from './never-seen.ts';
import { measurePublishLatency } from './publish-latency.ts';
import { newReport, writeReport } from './report.ts';
import { sampleArticleSets } from './samples.ts';
import { type Site, startSite } from './site.ts';
import { pickHotTargets, REFERENCE_SLUG } from './targets.ts';
import { type BenchVarnish, measureThroughVarnish, startBenchVarnish } from './varnish.ts';
import { TIMEOUT_SECONDS } from './wrk.ts';

// Stop the site, Varnish and the ceiling server (their 'exit' handlers) on Ctrl-C too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const env = benchEnv();
if (env.BENCH_ENCODING === 'gzip') clientHeaders['accept-encoding'] = 'gzip';
const root = path.resolve(import.meta.dirname, '../../..');
const outDir = path.join(root, '.data/bench');
const workDir = path.join(outDir, 'work');
const wants = (stage: Stage) => env.BENCH_STAGES.has(stage);
const dbName = (url: string) => new URL(url).pathname.slice(1);

const load = {
  seconds: env.BENCH_SECONDS,
  connections: env.BENCH_CONNECTIONS,
  warmSeconds: Math.min(3, env.BENCH_SECONDS),
  settle: async () => {},
  cpuMs: undefined as (() => number) | undefined,
};
const tailLoad = { ...load, seconds: env.BENCH_TAIL_SECONDS };
const report = newReport({
  connections: load.connections,
  seconds: load.seconds,
  warmSeconds: load.warmSeconds,
  tailSeconds: tailLoad.seconds,
  tailUrls: env.BENCH_TAIL_URLS,
  samples: env.BENCH_SAMPLES,
  growthSamples: env.BENCH_GROWTH_SAMPLES,
  timeoutSeconds: TIMEOUT_SECONDS,
  encoding: env.BENCH_ENCODING,
});

const archives = await prepareArchives(env);
const info = (a: typeof archives.main) => ({
  name: dbName(a.url),
  visible: a.visible,
  external: a.external,
});
report.archives = {
  main: info(archives.main),
  compare: archives.compare && info(archives.compare),
};
const hot = await pickHotTargets(archives.main.url, env.SITE_TIMEZONE);
const g = env.BENCH_GROWTH_SAMPLES;
const sets = await sampleArticleSets(
  archives.main.url,
  {
    tail: env.BENCH_TAIL_URLS,
    tailWarm: 200,
    varnishTail: env.BENCH_TAIL_URLS,
    varnishWarm: 200,
    clusterTail: env.BENCH_TAIL_URLS,
    clusterWarm: 200,
    neverSeen: env.BENCH_SAMPLES,
    neverSeenReads: env.BENCH_SAMPLES,
    growth: 3 * g,
  },
  [REFERENCE_SLUG],
);

const secret = randomBytes(24).toString('hex');
const varnishUrl = `http://127.0.0.1:${env.BENCH_VARNISH_PORT}`;
const mediaDir = env.MEDIA_DIR ?? path.join(outDir, 'media');
const siteOptions = {
  revalidateSecret: secret,
  purgeUrls: [`${varnishUrl}/`],
  mediaDir,
  logDir: workDir,
};
console.log(`Starting the site on port ${env.BENCH_PORT} (${dbName(archives.main.url)})…`);
const site = await startSite({
  ...siteOptions,
  name: 'main',
  port: env.BENCH_PORT,
  databaseUrl: archives.main.url,
});
load.settle = tailLoad.settle = site.settle;
load.cpuMs = tailLoad.cpuMs = site.cpuMs;
let varnish: BenchVarnish | undefined;
let compareSite: Site | undefined;

/** Runs one stage once the site is idle; a failure goes into the report and the run goes on. */
async function stage(name: Stage, title: string, run: () => Promise<void>) {
  if (!wants(name)) return;
  console.log(title);
  try {
    await site.settle();
    await run();
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    console.error(`  ${name} failed: ${message}`);
    report.skipped.push(`${name}: failed (${message})`);
  }
}

try {
  await stage('ceilings', 'Ceilings:', async () => {
    const port = env.BENCH_PORT + 2;
    report.ceilings = await measureCeilings(site, hot.article.path, port, load, workDir);
  });
  await stage('hot', 'Hot pages through the site:', async () => {
    report.hot = await measureHotPages(site.url, hot.pages, load);
  });
  await stage('tail', 'Long tail through the site:', async () => {
    const articles = sets.tail;
    const warmArticles = sets.tailWarm;
    const tail = { baseUrl: site.url, via: 'site' as const, articles, warmArticles };
    report.longTail = await measureLongTail({ ...tail, load: tailLoad, workDir });
  });
  await stage('cold', 'A never-seen article, one request at a time:', async () => {
    const { neverSeen, neverSeenReads } = sets;
    report.neverSeen = await measureNeverSeen(site, archives.main.url, neverSeen, neverSeenReads);
  });
  // Publishing writes articles: never into a database the bench was given to read.
  const publishes = wants('publish') && !archives.main.external;
  if (wants('varnish') || publishes) {
    varnish = await startBenchVarnish([site], env.BENCH_VARNISH_PORT).catch((error: Error) => {
      report.skipped.push(`Varnish did not start: ${error.message}`);
      return undefined;
    });
  }
  await stage('varnish', 'Through Varnish:', async () => {
    report.varnish = await measureThroughVarnish({
      varnish: varnish!,
      pages: hot.pages.filter((p) => p.name === 'article' || p.name === 'home'),
      tail: sets.varnishTail,
      tailWarm: sets.varnishWarm,
      load,
      tailLoad,
      workDir,
    });
  });
  await stage(
    'cluster',
    `Long tail through Varnish, ${CLUSTER_INSTANCES} site instances:`,
    async () => {
      report.cluster = await measureClusterTail({
        site: { ...siteOptions, purgeUrls: [], databaseUrl: archives.main.url },
        ports: Array.from({ length: CLUSTER_INSTANCES }, (_, i) => env.BENCH_PORT + 4 + i),
        varnishPort: env.BENCH_VARNISH_PORT + 1,
        redisUrl: env.BENCH_REDIS_URL,
        articles: sets.clusterTail,
        warmArticles: sets.clusterWarm,
        load: tailLoad,
        workDir,
      });
    },
  );
  if (archives.compare) {
    const compare = archives.compare;
    await stage(
      'growth',
      `Growth: ${dbName(archives.main.url)} against ${dbName(compare.url)}:`,
      async () => {
        compareSite = await startSite({
          ...siteOptions,
          purgeUrls: [],
          name: 'compare',
          port: env.BENCH_PORT + 1,
          databaseUrl: compare.url,
        });
        const small = await sampleArticleSets(compare.url, { growth: 3 * g }, [REFERENCE_SLUG]);
        report.growth = await measureGrowth({
          big: { site, databaseUrl: archives.main.url, articles: sets.growth },
          small: { site: compareSite, databaseUrl: compare.url, articles: small.growth },
          samples: g,
          secret,
          timeZone: env.SITE_TIMEZONE,
        });
      },
    );
    compareSite?.stop();
  } else if (wants('growth')) {
    report.skipped.push(
      'growth: BENCH_DATABASE_URL without BENCH_COMPARE_URL (nothing to compare).',
    );
  }
  if (publishes) {
    await stage('publish', 'Publish → visible:', async () => {
      report.publish = await measurePublishLatency({
        databaseUrl: archives.main.url,
        siteUrl: site.url,
        varnishUrl: varnish!.url,
        secret,
        rubric: hot.rubric,
        timeZone: env.SITE_TIMEZONE,
      });
    });
  } else if (wants('publish')) {
    report.skipped.push('publish → visible: it writes articles; BENCH_DATABASE_URL is only read.');
  }
  await stage('js', 'Client JavaScript:', async () => {
    report.clientJs = await measureClientJs(site.url, hot.article.path);
  });
} finally {
  compareSite?.stop();
  await varnish?.stop();
  site.stop();
}
console.log(`\n${writeReport(outDir, report)}`);
console.log(`Written to ${path.relative(process.cwd(), outDir)}/report.md and report.json`);
