import { asc, count, sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { generateArchive } from '../src/generate/archive.ts';
import * as s from '../src/schema/index.ts';
import { cloneTestDatabase } from '../src/testing/database.ts';
import { createRubric, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const now = new Date('2026-11-01T00:00:00Z');

async function generate(db: typeof t.current.db, articles: number) {
  await createRubric(db);
  await createUser(db);
  await generateArchive(db, { articles, seed: 7, batchSize: 100, years: 5, now });
}

describe('benchmark archive generator', () => {
  it('[SEED][ARCHIVE] inserts the requested number of articles in batches, spread over the years', async () => {
    const progress: number[] = [];
    await createRubric(t.current.db);
    await createUser(t.current.db);
    await generateArchive(t.current.db, {
      articles: 250,
      seed: 7,
      batchSize: 100,
      years: 5,
      now,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([100, 200, 250]);
    const [row] = await t.current.db
      .select({
        n: count(),
        years: sql<number>`count(distinct extract(year from publish_at))::int`,
      })
      .from(s.articles);
    expect(row).toEqual({ n: 250, years: 6 });
    const [slugs] = await t.current.db.select({ n: count() }).from(s.articleSlugs);
    expect(slugs?.n).toBe(250);
  });

  it('[SEED][ARCHIVE] the same seed gives the same archive', async () => {
    const other = await cloneTestDatabase(inject('serverUrl'), inject('templateDatabase'));
    try {
      const third = await cloneTestDatabase(inject('serverUrl'), inject('templateDatabase'));
      await generate(other.db, 50);
      await generate(third.db, 50);
      const titles = (db: typeof other.db) =>
        db
          .select({ title: s.articles.title, slug: s.articles.slug })
          .from(s.articles)
          .orderBy(asc(s.articles.id));
      expect(await titles(other.db)).toEqual(await titles(third.db));
      await third.close();
    } finally {
      await other.close();
    }
  });
});
