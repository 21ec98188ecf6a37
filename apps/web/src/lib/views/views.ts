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
    // Once per outage, not every 5 s while the database is away.
    onError: (error, inARow) => {
      if (inARow === 1) console.error('Не удалось записать просмотры, они ждут в памяти:', error);
    },
  });
  return holder.__vestnikViewBatcher;
}

/**
 * Writes the views still in memory, for a stopping server (SIGTERM): tries until they are in the
 * database or `withinMs` has passed (the database may be briefly away), and says how many were
 * lost if it never came back. Reads the batcher through globalThis: the server calls this from
 * outside Next's bundle, where the beacon route filled it.
 */
export async function flushViewsBeforeExit(withinMs: number): Promise<void> {
  const batcher = (globalThis as Holder).__vestnikViewBatcher;
  if (!batcher) return;
  const until = Date.now() + withinMs;
  while (batcher.unsavedTotal() > 0 && Date.now() < until) {
    await batcher.flush();
    if (batcher.unsavedTotal() > 0) await new Promise((r) => setTimeout(r, 250));
  }
  const lost = batcher.unsavedTotal();
  if (lost > 0)
    console.error(`Сайт остановлен, база данных недоступна: не записано просмотров — ${lost}.`);
}

/** Which beacons count (once per reader per article per 30 minutes, see view-gate). */
export function viewGate(): ViewGate {
  const holder = globalThis as Holder;
  holder.__vestnikViewGate ??= new ViewGate({
    perAddressPerMinute: env().VIEWS_PER_ADDRESS_PER_MINUTE,
  });
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
