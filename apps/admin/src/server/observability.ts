import { createObservability } from '@vestnik/content/observability';
import { type DatabaseHealth, probed } from '@vestnik/db/health';
import type { Env } from '../env.ts';
import { adminRoute } from './route-label.ts';

/**
 * The admin's logs, metrics and probes (README, "Observability"). Ready means its database
 * answers; the admin uses no Redis, so there is nothing else to check.
 */
export function adminObservability(config: Env, database: DatabaseHealth) {
  return createObservability({
    app: 'admin',
    logLevel: config.LOG_LEVEL,
    metricsToken: config.METRICS_TOKEN,
    trust: { hops: config.TRUSTED_PROXY_HOPS, cidrs: config.TRUSTED_PROXY_CIDRS },
    route: adminRoute,
    checks: { database: () => probed(database) },
  });
}
