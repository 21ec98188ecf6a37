import { createObservability, redisCheck } from '@vestnik/content/observability';
import { type DatabaseHealth, probed } from '@vestnik/db/health';
import type { Env } from '../env.ts';
import { siteRoute } from './route-label.ts';

/**
 * The site's logs, metrics and probes (README, "Observability"). Ready means the pool that pages
 * read from answers (`db`: the replica when there is one) and, when the site has one, Redis.
 * View counts written to the primary are not part of it: they wait in memory and are retried,
 * and a page cached before an outage is still served.
 */
export function siteObservability(config: Env, database: DatabaseHealth) {
  const redisUrl = config.REDIS_URL;
  return createObservability({
    app: 'web',
    logLevel: config.LOG_LEVEL,
    metricsToken: config.METRICS_TOKEN,
    trust: { hops: config.TRUSTED_PROXY_HOPS, cidrs: config.TRUSTED_PROXY_CIDRS },
    route: siteRoute,
    checks: {
      database: () => probed(database),
      ...(redisUrl ? { redis: redisCheck(redisUrl) } : {}),
    },
  });
}
