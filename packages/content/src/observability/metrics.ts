import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { databaseActivity } from './db-activity.ts';
import { type AppMetrics, setSharedMetrics } from './shared-metrics.ts';

/** From a cached page (a few ms) to a slow render or search (seconds). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A registry for one app (label `app`), with Node's process metrics, the request metrics, the
 * database pools' activity read at scrape time, and for the site its view counter. Becomes this
 * process's shared metrics (./shared-metrics.ts).
 */
export function createMetrics(app: 'web' | 'admin'): AppMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const metrics: AppMetrics = {
    registry,
    requestDuration: new Histogram({
      name: 'vestnik_http_request_duration_seconds',
      help: 'Time from the request to the end of its response, by normalised route',
      labelNames: ['route'],
      buckets: DURATION_BUCKETS,
      registers,
    }),
    responses: new Counter({
      name: 'vestnik_http_responses_total',
      help: 'Responses by normalised route and status class',
      labelNames: ['route', 'status_class'],
      registers,
    }),
    pageCache: new Counter({
      name: 'vestnik_page_cache_total',
      help: "Responses that carried Next's x-nextjs-cache header, by its value",
      labelNames: ['state'],
      registers,
    }),
  };
  if (app === 'web') {
    metrics.views = {
      flushes: new Counter({
        name: 'vestnik_view_flushes_total',
        help: 'Batches of views written to the database, by result',
        labelNames: ['result'],
        registers,
      }),
      counted: new Counter({
        name: 'vestnik_views_total',
        help: 'Views in written batches, by result (failed views are retried in a later batch)',
        labelNames: ['result'],
        registers,
      }),
    };
  }
  addPoolGauges(registry);
  setSharedMetrics(metrics);
  return metrics;
}

function addPoolGauges(registry: Registry): void {
  const read = (gauge: Gauge<'pool'>, field: 'inFlight' | 'size') => {
    gauge.reset();
    for (const [pool, activity] of databaseActivity()) gauge.set({ pool }, activity[field]);
  };
  new Gauge({
    name: 'vestnik_db_operations_in_flight',
    help: 'Statements and transactions awaited on the pool (running or waiting for a connection)',
    labelNames: ['pool'],
    registers: [registry],
    collect() {
      read(this, 'inFlight');
    },
  });
  new Gauge({
    name: 'vestnik_db_pool_size',
    help: 'Connections the pool may open (postgres.js max)',
    labelNames: ['pool'],
    registers: [registry],
    collect() {
      read(this, 'size');
    },
  });
}

/** `2xx` for 204 and so on: a label of five values, whatever statuses the app invents. */
export function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}

const CACHE_STATES = new Set(['hit', 'miss', 'stale', 'revalidated']);

/** The `x-nextjs-cache` value as a label, or undefined when the response has none. */
export function pageCacheState(header: unknown): string | undefined {
  if (typeof header !== 'string' || !header) return undefined;
  const state = header.toLowerCase();
  return CACHE_STATES.has(state) ? state : 'other';
}
