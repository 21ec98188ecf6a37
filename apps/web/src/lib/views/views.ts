import { incrementArticleViews } from '@vestnik/db/queries/views';
import { writeDb } from '@/lib/db';
import { siteDay } from './site-day';
import { ViewBatcher } from './view-batcher';

type Holder = { __vestnikViewBatcher?: ViewBatcher };

/** One batcher per server process (kept on globalThis so dev reloads do not spawn more). */
export function viewBatcher(): ViewBatcher {
  const holder = globalThis as Holder;
  holder.__vestnikViewBatcher ??= new ViewBatcher({
    intervalMs: 1000,
    maxBatch: 500,
    flush: async (counts) => {
      await incrementArticleViews(writeDb(), { counts, day: siteDay(new Date()) });
    },
    onError: (error) => console.error('Не удалось записать просмотры, повтор позже:', error),
  });
  return holder.__vestnikViewBatcher;
}
