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
};

/** What could not be expired after every retry, one entry per target. */
export type InvalidationReport = { ok: boolean; failed: string[] };

const defaultBackoff = (retry: number) => 250 * 4 ** (retry - 1);

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
  const jobs: { name: string; send: () => Promise<Response> }[] = [];
  const timeout = options.timeoutMs ?? 3000;
  if (targets.revalidateSecret) {
    jobs.push({
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
  for (const url of targets.purgeUrls) {
    jobs.push({
      name: `purge ${url}`,
      send: () =>
        fetch(url, {
          method: 'PURGE',
          headers: { 'xkey-purge': valid.join(' ') },
          signal: AbortSignal.timeout(timeout),
        }),
    });
  }
  const results = await Promise.all(jobs.map((job) => withRetries(job, options)));
  const failed = jobs.filter((_, i) => !results[i]).map((job) => job.name);
  return { ok: failed.length === 0, failed };
}

async function withRetries(
  job: { name: string; send: () => Promise<Response> },
  options: InvalidationOptions,
): Promise<boolean> {
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
