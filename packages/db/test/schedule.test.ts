import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { listArticlesWentLive } from '../src/queries/schedule.ts';
import { createArticle } from '../src/testing/factories.ts';
import { useTestDatabase } from './context.ts';

const test = useTestDatabase();

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
});
