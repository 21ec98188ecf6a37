import { type CacheTag, TAG_PATTERN } from './tags.ts';

export type InvalidationTargets = {
  /** The public site: POST /api/revalidate expires its page and data caches. */
  siteUrl: string;
  revalidateSecret?: string;
  /** HTTP caches that purge by surrogate key (Varnish with xkey): `PURGE` + `xkey-purge`. */
  purgeUrls: string[];
};

export type InvalidationOptions = {
  attempts?: number;
  timeoutMs?: number;
  /** Pause before retry n (1-based); tests make it instant. */
  backoffMs?: (retry: number) => number;
  /** When the HTTP caches are purged a second time, after the first round (0: never). */
  repurgeAfterMs?: number;
};

type Job = { name: string; send: () => Promise<Response> };

/** What could not be expired after every retry, one entry per target. */
export type InvalidationReport = { ok: boolean; failed: string[] };

const defaultBackoff = (retry: number) => 250 * 4 ** (retry - 1);

/**
 * A page the site sent just before the expiry (from its own cache, so it was current then) can
 * reach a proxy after the purge passed it, and the proxy keeps it for its `s-maxage`. The site
 * cannot see that race; a second purge a moment later ends it. A second covers a response in
 * flight on a loaded machine many times over, and keeps "visible within about a second".
 */
const REPURGE_AFTER_MS = 1000;

/**
 * Expires tags everywhere a reader's page may be kept: the site's own caches and each shared
 * HTTP cache in front of it. Each target is retried on its own (a flaky proxy must not stop the
 * site from updating); failures are logged and reported, never thrown: the change that caused
 * them is already committed, and cache lifetimes bound how long a stale page can live.
 */
export async function invalidateTags(
  targets: InvalidationTargets,
  tagList: readonly CacheTag[],
  options: InvalidationOptions = {},
): Promise<InvalidationReport> {
  const valid = [...new Set(tagList)].filter((tag) => TAG_PATTERN.test(tag));
  if (valid.length === 0) return { ok: true, failed: [] };
  const timeout = options.timeoutMs ?? 3000;
  const site: Job[] = [];
  if (targets.revalidateSecret) {
    site.push({
      name: `site ${targets.siteUrl}`,
      send: () =>
        fetch(new URL('/api/revalidate', targets.siteUrl), {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${targets.revalidateSecret}`,
          },
          body: JSON.stringify({ tags: valid }),
          signal: AbortSignal.timeout(timeout),
        }),
    });
  }
  const purges = targets.purgeUrls.map(
    (url): Job => ({
      name: `purge ${url}`,
      send: () =>
        fetch(url, {
          method: 'PURGE',
          headers: { 'xkey-purge': valid.join(' ') },
          signal: AbortSignal.timeout(timeout),
        }),
    }),
  );
  const jobs = [...site, ...purges];
  const results = await Promise.all(jobs.map((job) => withRetries(job, options)));
  const failed = jobs.filter((_, i) => !results[i]).map((job) => job.name);
  repurgeLater(purges, options);
  return { ok: failed.length === 0, failed };
}

/**
 * The second purge of every HTTP cache (see REPURGE_AFTER_MS), in the background: the change is
 * visible already and the caller has its report. Its failures are logged like the first's.
 */
function repurgeLater(purges: Job[], options: InvalidationOptions): void {
  const delay = options.repurgeAfterMs ?? REPURGE_AFTER_MS;
  if (delay <= 0 || purges.length === 0) return;
  const timer = setTimeout(() => {
    for (const job of purges) void withRetries(job, options);
  }, delay);
  // A process that is exiting (an import's worker, a script) does not wait for it.
  timer.unref();
}

async function withRetries(job: Job, options: InvalidationOptions): Promise<boolean> {
  const attempts = options.attempts ?? 3;
  const backoff = options.backoffMs ?? defaultBackoff;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let problem: string;
    try {
      const response = await job.send();
      await response.body?.cancel();
      if (response.ok) return true;
      problem = `HTTP ${response.status}`;
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    console.error(
      JSON.stringify({
        level: attempt === attempts ? 'error' : 'warn',
        msg: 'cache invalidation failed',
        target: job.name,
        attempt,
        problem,
      }),
    );
    if (attempt < attempts) await new Promise((r) => setTimeout(r, backoff(attempt)));
  }
  return false;
}
