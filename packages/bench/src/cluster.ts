import { randomBytes } from 'node:crypto';
import { createClient } from '@redis/client';
import { redisReachable } from '@vestnik/deploy/redis-reachable';
import { type LongTail, measureLongTail } from './long-tail.ts';
import type { Load } from './measure.ts';
import type { SampledArticle } from './samples.ts';
import { type Site, type SiteOptions, startSite } from './site.ts';
import { startBenchVarnish } from './varnish.ts';

/** Site instances of the cluster stage: one per core on the machines this bench was made on. */
export const CLUSTER_INSTANCES = 2;

/**
 * Deletes what the stage's instances stored under their prefix: pages and reads are kept in
 * Redis for up to a week, a run leaves ~150 MB, and the machine's Redis may evict nothing.
 */
async function removePrefix(url: string, prefix: string): Promise<void> {
  const redis = createClient({ url });
  await redis.connect();
  try {
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) await redis.unlink(keys);
    }
  } finally {
    redis.destroy();
  }
}

/**
 * The long tail as a newspaper would serve it on this machine: site instances sharing their
 * cache on Redis (README, "Several site instances"), Varnish in front of them, round robin.
 * Fresh instances and a Varnish of their own, under a Redis prefix of this run's, so nothing
 * another stage rendered is found; another set of articles than the other long tails.
 */
export async function measureClusterTail(options: {
  site: Omit<SiteOptions, 'name' | 'port' | 'env'>;
  ports: number[];
  varnishPort: number;
  redisUrl: string;
  articles: SampledArticle[];
  warmArticles: SampledArticle[];
  load: Load;
  workDir: string;
}): Promise<LongTail> {
  if (!(await redisReachable(options.redisUrl))) {
    throw new Error(
      `Redis does not answer at ${options.redisUrl} (BENCH_REDIS_URL): the instances share it.`,
    );
  }
  const prefix = `vestnik-bench-${randomBytes(4).toString('hex')}:`;
  const env = { REDIS_URL: options.redisUrl, REDIS_PREFIX: prefix };
  const sites: Site[] = [];
  let varnish: Awaited<ReturnType<typeof startBenchVarnish>> | undefined;
  try {
    for (const [i, port] of options.ports.entries()) {
      sites.push(await startSite({ ...options.site, name: `cluster-${i + 1}`, port, env }));
    }
    varnish = await startBenchVarnish(sites, options.varnishPort);
    const tail = await measureLongTail({
      baseUrl: varnish.url,
      via: 'varnish',
      articles: options.articles,
      warmArticles: options.warmArticles,
      load: {
        ...options.load,
        settle: async () => {
          await Promise.all(sites.map((s) => s.settle()));
        },
        cpuMs: () => sites.reduce((sum, s) => sum + s.cpuMs(), 0),
      },
      workDir: options.workDir,
    });
    return { ...tail, label: `varnish, ${sites.length} site instances on Redis` };
  } finally {
    await varnish?.stop();
    for (const site of sites) site.stop();
    await removePrefix(options.redisUrl, prefix);
  }
}
