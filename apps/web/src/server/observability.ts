import { createObservability, redisCheck } from '@vestnik/content/observability';
import { type DatabaseHealth, probed } from '@vestnik/db/health';
import { Gauge, type Registry } from 'prom-client';
import type { RenderSlots } from '../cache/render-slots.ts';
import type { Env } from '../env.ts';
import { siteRoute } from './route-label.ts';

/**
 * The site's logs, metrics and probes (README, "Observability"). Ready means the pool that pages
 * read from answers (`db`: the replica when there is one) and, when the site has one, Redis.
 * View counts written to the primary are not part of it: they wait in memory and are retried,
 * and a page cached before an outage is still served.
 */
export function siteObservability(config: Env, database: DatabaseHealth, slots?: RenderSlots) {
  const redisUrl = config.REDIS_URL;
  const observability = createObservability({
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
  if (slots) addRenderGauges(observability.metrics.registry, slots);
  return observability;
}

/**
 * The render slots at scrape time (src/cache/render-slots.ts): misses waiting is how far behind
 * the site is on pages nobody has asked for yet (a crawler, a link to an old article going round).
 */
function addRenderGauges(registry: Registry, slots: RenderSlots): void {
  const gauges = [
    ['running', 'Missed pages rendering now (at most RENDER_CONCURRENCY)'],
    ['waiting', 'Missed pages waiting for a render slot'],
  ] as const;
  for (const [field, help] of gauges) {
    new Gauge({
      name: `vestnik_page_renders_${field}`,
      help,
      registers: [registry],
      collect() {
        this.set(slots.load()[field]);
      },
    });
  }
}
