import type { Counter, Histogram, Registry } from 'prom-client';

/**
 * The app's metrics, created once by its own server (./metrics.ts) and found here by code that
 * runs inside Next's server bundle (the site's view batcher): Next compiles that code into a
 * module graph of its own, so a module-level registry would be a second, never-scraped one. One
 * registry per process, kept on globalThis as the site's tag store is. Only types are imported
 * here, so the bundle does not carry prom-client.
 */
export type AppMetrics = {
  registry: Registry;
  /** Seconds per request, by normalised route (never the raw path: unbounded cardinality). */
  requestDuration: Histogram<'route'>;
  /** Responses by route and status class (2xx, 3xx, 4xx, 5xx). */
  responses: Counter<'route' | 'status_class'>;
  /** Next's page cache as the `x-nextjs-cache` header reports it: hit, miss, stale, … */
  pageCache: Counter<'state'>;
  /** The site's view counter (apps/web/src/lib/views); absent in the admin. */
  views?: {
    /** Batches written, by result (ok, failed). */
    flushes: Counter<'result'>;
    /** Views in those batches, by result (written, failed: failed ones are retried). */
    counted: Counter<'result'>;
  };
};

const KEY = Symbol.for('vestnik.metrics');
type Holder = { [KEY]?: AppMetrics };

/** This process's metrics, or undefined when no server of ours created them (tests, tools). */
export function sharedMetrics(): AppMetrics | undefined {
  return (globalThis as Holder)[KEY];
}

export function setSharedMetrics(metrics: AppMetrics): void {
  (globalThis as Holder)[KEY] = metrics;
}
