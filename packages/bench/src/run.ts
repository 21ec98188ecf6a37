/**
 * The bench itself (started by launch.ts with DATABASE_URL set): prepares the archives, starts
 * the site (and Varnish, and a 10k-archive site for the growth table), runs the stages in order
 * and writes .data/bench/report.md and report.json. A tool, not a test: nothing here fails on a
 * slow figure, the report states each target and whether this run met it.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { RunningVarnish } from '@vestnik/deploy/varnish';
import { prepareArchives } from './archive.ts';
import { measureCeilings } from './ceilings.ts';
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
import { measureThroughVarnish, startBenchVarnish } from './varnish.ts';
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
let varnish: RunningVarnish | undefined;
let compareSite: Site | undefined;
try {
  if (wants('ceilings')) {
    console.log('Ceilings:');
    report.ceilings = await measureCeilings(
      site,
      hot.article.path,
      env.BENCH_PORT + 2,
      load,
      workDir,
    );
  }
  if (wants('hot')) {
    console.log('Hot pages through the site:');
    report.hot = await measureHotPages(site.url, hot.pages, load);
  }
  if (wants('tail')) {
    console.log('Long tail through the site:');
    report.longTail = await measureLongTail({
      baseUrl: site.url,
      via: 'site',
      articles: sets.tail,
      warmArticles: sets.tailWarm,
      load: tailLoad,
      workDir,
    });
  }
  if (wants('cold')) {
    console.log('A never-seen article, one request at a time:');
    await site.settle();
    report.neverSeen = await measureNeverSeen(
      site,
      archives.main.url,
      sets.neverSeen,
      sets.neverSeenReads,
    );
  }
  if (wants('varnish') || (wants('publish') && !archives.main.external)) {
    varnish = await startBenchVarnish(site, env.BENCH_VARNISH_PORT);
  }
  if (varnish && wants('varnish')) {
    console.log(`Through Varnish (${varnish.url}):`);
    report.varnish = await measureThroughVarnish({
      varnish,
      pages: hot.pages.filter((p) => p.name === 'article' || p.name === 'home'),
      tail: sets.varnishTail,
      tailWarm: sets.varnishWarm,
      load,
      tailLoad,
      workDir,
    });
  }
  if (wants('growth') && archives.compare) {
    console.log(`Growth: ${dbName(archives.main.url)} against ${dbName(archives.compare.url)}:`);
    compareSite = await startSite({
      ...siteOptions,
      purgeUrls: [],
      name: 'compare',
      port: env.BENCH_PORT + 1,
      databaseUrl: archives.compare.url,
    });
    const small = await sampleArticleSets(archives.compare.url, { growth: 3 * g }, [
      REFERENCE_SLUG,
    ]);
    await site.settle();
    report.growth = await measureGrowth({
      big: { site, databaseUrl: archives.main.url, articles: sets.growth },
      small: { site: compareSite, databaseUrl: archives.compare.url, articles: small.growth },
      samples: g,
      secret,
      timeZone: env.SITE_TIMEZONE,
    });
    compareSite.stop();
  } else if (wants('growth')) {
    report.skipped.push(
      'growth: BENCH_DATABASE_URL is set without BENCH_COMPARE_URL (no smaller archive to compare with).',
    );
  }
  if (wants('publish') && varnish && !archives.main.external) {
    console.log('Publish → visible:');
    await site.settle();
    report.publish = await measurePublishLatency({
      databaseUrl: archives.main.url,
      siteUrl: site.url,
      varnishUrl: varnish.url,
      secret,
      rubric: hot.rubric,
      timeZone: env.SITE_TIMEZONE,
    });
  } else if (wants('publish')) {
    report.skipped.push(
      'publish → visible: it writes articles, and BENCH_DATABASE_URL is only read.',
    );
  }
  if (wants('js')) {
    await site.settle();
    report.clientJs = await measureClientJs(site.url, hot.article.path);
  }
} finally {
  compareSite?.stop();
  await varnish?.stop();
  site.stop();
}
console.log(`\n${writeReport(outDir, report)}`);
console.log(`Written to ${path.relative(process.cwd(), outDir)}/report.md and report.json`);
