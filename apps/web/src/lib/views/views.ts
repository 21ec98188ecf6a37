import { randomBytes } from 'node:crypto';
import { sharedMetrics } from '@vestnik/content/observability/shared-metrics';
import { incrementArticleViews } from '@vestnik/db/queries/views';
import { env } from '@/env';
import { writeDb } from '@/lib/db';
import { siteDay } from './site-day';
import { ViewBatcher } from './view-batcher';
import { ViewGate } from './view-gate';

type Holder = {
  __vestnikViewBatcher?: ViewBatcher;
  __vestnikViewGate?: ViewGate;
  __vestnikReaderSecret?: string;
};

/** One batcher per server process (kept on globalThis so dev reloads do not spawn more). */
export function viewBatcher(): ViewBatcher {
  const holder = globalThis as Holder;
  holder.__vestnikViewBatcher ??= new ViewBatcher({
    intervalMs: 1000,
    maxBatch: 500,
    flush: async (counts) => {
      // The site's server created the metrics (absent under tests and tools: nothing counted).
      const metrics = sharedMetrics()?.views;
      const views = [...counts.values()].reduce((sum, k) => sum + k, 0);
      try {
        await incrementArticleViews(writeDb(), { counts, day: siteDay(new Date()) });
      } catch (error) {
        metrics?.flushes.inc({ result: 'failed' });
        metrics?.counted.inc({ result: 'failed' }, views);
        throw error;
      }
      metrics?.flushes.inc({ result: 'ok' });
      metrics?.counted.inc({ result: 'written' }, views);
    },
    onError: (error) => console.error('Не удалось записать просмотры, повтор позже:', error),
  });
  return holder.__vestnikViewBatcher;
}

/** Which beacons count (once per reader per article per 30 minutes, see view-gate). */
export function viewGate(): ViewGate {
  const holder = globalThis as Holder;
  holder.__vestnikViewGate ??= new ViewGate();
  return holder.__vestnikViewGate;
}

/**
 * The key that signs reader cookies: derived from REVALIDATE_SECRET (a site secret already),
 * else random per process (cookies then last until a restart, which only recounts a reader once).
 */
export function readerSecret(): string {
  const holder = globalThis as Holder;
  holder.__vestnikReaderSecret ??= env().REVALIDATE_SECRET
    ? `reader-cookie:${env().REVALIDATE_SECRET}`
    : randomBytes(32).toString('base64url');
  return holder.__vestnikReaderSecret;
}
