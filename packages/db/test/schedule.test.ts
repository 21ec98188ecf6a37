import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listArticlesWentLive } from '../src/queries/schedule.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const test = testDatabase();

describe('listArticlesWentLive', () => {
  it('[SITE][SCHEDULE] an article whose time passed before the last call but committed after it is found through the overlap', async () => {
    const { db } = test.current;
    const first = await listArticlesWentLive(db, {});
    // Committed after `first` with a publish time before it: a save that was still open.
    const late = await createArticle(db, { status: 'scheduled', publishAt: new Date() });
    await db.execute(
      sql`update articles set publish_at = ${first.until.toISOString()}::timestamptz - interval '1 second' where id = ${late.id}`,
    );
    const without = await listArticlesWentLive(db, { after: first.until });
    expect(without.articles.map((a) => a.id)).not.toContain(late.id);
    const withOverlap = await listArticlesWentLive(db, { after: first.until, overlapMs: 10_000 });
    expect(withOverlap.articles.map((a) => a.id)).toContain(late.id);
  });

  it('[SITE][SCHEDULE] the look-back never reports an article that went live before the watch started', async () => {
    const { db } = test.current;
    // Published (by an editor, or seen by an earlier watch) a second before this watch began.
    const before = await createArticle(db, { status: 'published', publishAt: new Date() });
    const start = await listArticlesWentLive(db, {});
    await db.execute(
      sql`update articles set publish_at = ${start.until.toISOString()}::timestamptz - interval '1 second' where id = ${before.id}`,
    );
    const second = await listArticlesWentLive(db, {
      after: start.until,
      overlapMs: 10_000,
      notBefore: start.until,
    });
    expect(second.articles.map((a) => a.id)).not.toContain(before.id);
    // Without the bound the overlap would have reported it again: the test can fail.
    const unbounded = await listArticlesWentLive(db, { after: start.until, overlapMs: 10_000 });
    expect(unbounded.articles.map((a) => a.id)).toContain(before.id);
  });

  it('[SITE][SCHEDULE] each call names the next publish time to come, of visible statuses only', async () => {
    const { db } = test.current;
    const { until } = await listArticlesWentLive(db, {});
    const at = (seconds: number) => new Date(until.getTime() + seconds * 1000);
    await createArticle(db, { status: 'scheduled', publishAt: at(3600) });
    await createArticle(db, { status: 'published', publishAt: at(-60) });
    // Neither a draft nor an unpublished article goes live by the clock.
    await createArticle(db, { status: 'draft', publishAt: at(1200) });
    await createArticle(db, { status: 'archived', publishAt: at(1500) });
    expect((await listArticlesWentLive(db, {})).next).toEqual(at(3600));
    await createArticle(db, { status: 'scheduled', publishAt: at(1800) });
    const later = await listArticlesWentLive(db, { after: until });
    expect(later.next).toEqual(at(1800));
  });
});
