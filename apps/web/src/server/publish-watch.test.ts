import { tags } from '@vestnik/cache/tags';
import { createArticle } from '@vestnik/db/factories';
import { testDatabase } from '@vestnik/db/testing/test-database';
import { describe, expect, test } from 'vitest';
import { tagStore } from '../cache/tag-store.ts';
import { startPublishWatch } from './publish-watch.ts';

const database = testDatabase();

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

describe('[SITE][SCHEDULE] the publish watch', () => {
  test('looks again at the next publish time, not only at its regular interval', async () => {
    const { db, sql } = database.current;
    const [clock] = await sql<{ now: string }[]>`select now()::text as now`;
    const publishAt = new Date(new Date(clock!.now).getTime() + 1500);
    const article = await createArticle(db, { status: 'scheduled', publishAt });
    const expired = () => tagStore().latest([tags.article(article.id), tags.home]) > 0;
    expect(expired()).toBe(false);
    // Regular looks a minute apart: within this test only the look at the publish time can see
    // the article go live (its first look comes before the publish time, and finds it next).
    const watch = startPublishWatch({
      db,
      timeZone: 'Asia/Almaty',
      purgeUrls: [],
      intervalMs: 60_000,
    });
    try {
      expect(await until(expired, 15_000)).toBe(true);
    } finally {
      watch.stop();
    }
  });
});
