import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/client.ts';
import { importArchive } from '../src/import/run.ts';
import { flushArticleDays } from '../src/queries/article-days.ts';
import * as s from '../src/schema/index.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
let deferring: ReturnType<typeof createDatabase>;

beforeAll(() => {
  deferring = createDatabase(t.current.url, { max: 4, deferArticleDays: true });
});
afterAll(async () => {
  await deferring.close();
});

/** article_days as the triggers keep it, and as counting the articles gives it. */
async function kept() {
  const rows = await t.current.db.execute<{ day: string; n: number }>(
    sql`select day::text, articles as n from article_days where articles > 0 order by day`,
  );
  return rows.map((r) => `${r.day}:${r.n}`);
}
async function counted() {
  const rows = await t.current.db.execute<{ day: string; n: number }>(sql`
    select (publish_at at time zone 'UTC')::date::text as day, count(*)::int as n
    from articles where status in ('published', 'scheduled') group by 1 order by 1`);
  return rows.map((r) => `${r.day}:${r.n}`);
}

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

describe('article_days deferred by a bulk writer', () => {
  it('[DB][ARTICLE-DAYS] a deferring pool leaves the counters alone until the flush, which makes them exact', async () => {
    const before = await kept();
    const a = await createArticle(deferring.db, { publishAt: day('2016-03-01') });
    await createArticle(deferring.db, { publishAt: day('2016-03-01') });
    await createArticle(deferring.db, { publishAt: day('2016-03-02'), status: 'scheduled' });
    await createArticle(deferring.db, { status: 'draft' });
    expect(await kept()).toEqual(before);

    expect(await flushArticleDays(t.current.db)).toBe(2);
    expect(await kept()).toEqual(await counted());
    expect(await kept()).toEqual(expect.arrayContaining(['2016-03-01:2', '2016-03-02:1']));

    // An update that moves an article to another day, and a delete, deferred the same way.
    await deferring.db
      .update(s.articles)
      .set({ publishAt: day('2016-03-02') })
      .where(eq(s.articles.id, a.id));
    const [gone] = await deferring.db
      .select({ id: s.articles.id })
      .from(s.articles)
      .where(eq(s.articles.publishAt, day('2016-03-01')));
    await deferring.db.delete(s.articles).where(eq(s.articles.id, gone!.id));
    await flushArticleDays(t.current.db);
    expect(await kept()).toEqual(await counted());
    expect(await kept()).toContain('2016-03-02:2');
    expect(await kept()).not.toContain('2016-03-01:1');
    // Nothing left pending; a second flush changes nothing.
    expect(await flushArticleDays(t.current.db)).toBe(0);
  });

  it('[DB][ARTICLE-DAYS] writers of the same day do not wait for each other when deferring (they do otherwise)', async () => {
    const { sql: primary } = t.current;
    const holder = await primary.reserve();
    try {
      // An open transaction has inserted an article of 2016-04-01 and holds that day's row.
      await holder`begin`;
      await holder`insert into article_days (day, articles, last_modified) values ('2016-04-01', 0, now())
                   on conflict (day) do update set articles = article_days.articles`;
      const ordinary = createDatabase(t.current.url, { max: 1 });
      try {
        await ordinary.sql`set lock_timeout = '500ms'`;
        const error = await createArticle(ordinary.db, { publishAt: day('2016-04-01') }).catch(
          (e: { cause?: { code?: string }; code?: string }) => e.cause ?? e,
        );
        expect(error).toMatchObject({ code: '55P03' }); // lock_not_available: it waited
      } finally {
        await ordinary.close();
      }
      const quick = createDatabase(t.current.url, { max: 1, deferArticleDays: true });
      try {
        await quick.sql`set lock_timeout = '500ms'`;
        await createArticle(quick.db, { publishAt: day('2016-04-01') });
      } finally {
        await quick.close();
      }
      await holder`commit`;
    } finally {
      holder.release();
    }
    await flushArticleDays(t.current.db);
    expect(await kept()).toEqual(await counted());
  });

  it('[DB][ARTICLE-DAYS] an import through a deferring pool ends with exact day counts', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'vestnik-days-'));
    const report = await importArchive({
      db: deferring.db,
      file: path.join(import.meta.dirname, 'fixtures/import/wordpress-ru.xml'),
      format: 'wordpress',
      storeDir: path.join(tmp, 'media'),
      dryRun: false,
    });
    expect(report.imported).toBeGreaterThan(0);
    expect(await kept()).toEqual(await counted());
    const pending = await t.current.db.select().from(s.articleDaysPending);
    expect(pending).toEqual([]);
  });
});
