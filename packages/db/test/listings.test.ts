import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  getAuthorBySlug,
  getRubricBySlug,
  getSourceBySlug,
  getTagBySlug,
  type ListingCursor,
  type ListingPage,
  listAuthorArticles,
  listRubricArticles,
  listSourceArticles,
  listTagArticles,
} from '../src/queries/listings.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createRubric, createSource, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;

type Lister = typeof listRubricArticles;

/** Walks a listing through its `next` cursors, checking each page's `previous` on the way. */
async function walk(list: Lister, id: number, limit: number) {
  const db = t.current.db;
  const pages: ListingPage[] = [];
  const cursors: (ListingCursor | undefined)[] = [];
  let before: ListingCursor | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await list(db, { locale: 'ru', id, limit, before });
    pages.push(page);
    cursors.push(before);
    if (!page.next) break;
    before = page.next;
  }
  return { pages, cursors };
}

describe('listing queries', () => {
  it('[SITE][LISTINGS] rubric pages follow each other without gaps or repeats, and link back', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const base = new Date('2019-04-01T10:00:00Z').getTime();
    // Four articles share one publish time: the id breaks the tie.
    for (let i = 0; i < 13; i++) {
      await createArticle(db, {
        rubricId: rubric.id,
        publishAt: new Date(i < 4 ? base : base - i * HOUR),
      });
    }
    await createArticle(db, { rubricId: rubric.id, status: 'draft' });
    await createArticle(db, {
      rubricId: rubric.id,
      status: 'scheduled',
      publishAt: new Date(Date.now() + HOUR),
    });
    const expected = await db
      .select({ id: s.articles.id })
      .from(s.articles)
      .where(sql`${s.articles.rubricId} = ${rubric.id} and ${s.articles.status} = 'published'`)
      .orderBy(sql`${s.articles.publishAt} desc, ${s.articles.id} desc`);

    const { pages, cursors } = await walk(listRubricArticles, rubric.id, 5);
    expect(pages.map((p) => p.articles.length)).toEqual([5, 5, 3]);
    expect(pages.flatMap((p) => p.articles.map((a) => a.id))).toEqual(expected.map((r) => r.id));
    expect(pages[0]!.previous).toBeNull();
    expect(pages[1]!.previous).toEqual({ cursor: null });
    expect(pages[2]!.previous).toEqual({ cursor: cursors[1] });
    expect(pages[2]!.next).toBeNull();
  });

  it('[SITE][LISTINGS] articles a microsecond apart are neither skipped nor repeated at a page edge', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await createArticle(db, { rubricId: rubric.id })).id);
    // Same millisecond, different microseconds: a JS Date cursor would round them together.
    await db.execute(sql`update ${s.articles}
      set publish_at = timestamptz '2018-02-02 10:00:00.123000+00' + (id % 1000) * interval '1 microsecond'
      where rubric_id = ${rubric.id}`);
    const { pages } = await walk(listRubricArticles, rubric.id, 1);
    expect(pages.flatMap((p) => p.articles.map((a) => a.id))).toEqual([...ids].reverse());
  });

  it('[SITE][LISTINGS] tag, author and source pages list only their visible articles, once each', async () => {
    const db = t.current.db;
    const author = await createUser(db);
    const source = await createSource(db);
    const [tag] = await db.insert(s.tags).values({ slug: 'test-tag', name: 'Тест' }).returning();
    const inAll = await createArticle(db, { authorIds: [author.id] });
    const older = await createArticle(db, {
      authorIds: [author.id],
      publishAt: new Date(Date.now() - 5 * HOUR),
    });
    const draft = await createArticle(db, { authorIds: [author.id], status: 'draft' });
    const unrelated = await createArticle(db);
    for (const a of [inAll, older, draft]) {
      await db.insert(s.articleTags).values({ articleId: a.id, tagId: tag!.id });
    }
    // Cited twice (origin and via) must still be listed once.
    await db.insert(s.articleSources).values([
      { articleId: inAll.id, sourceId: source.id, role: 'origin' },
      { articleId: inAll.id, sourceId: source.id, role: 'via', position: 1 },
      { articleId: older.id, sourceId: source.id, role: 'origin' },
      { articleId: draft.id, sourceId: source.id, role: 'origin' },
    ]);
    const expected = [inAll.id, older.id];
    for (const [list, id] of [
      [listTagArticles, tag!.id],
      [listAuthorArticles, author.id],
      [listSourceArticles, source.id],
    ] as const) {
      const page = await list(db, { locale: 'ru', id, limit: 10 });
      expect(page.articles.map((a) => a.id)).toEqual(expected);
      expect(page.articles.map((a) => a.id)).not.toContain(unrelated.id);
    }
  });

  it('[SITE][LISTINGS] slugs resolve to their subject; unknown slugs and authors without bylines do not', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db, { description: 'Новости политики' });
    const source = await createSource(db);
    const writer = await createUser(db);
    const silent = await createUser(db);
    await createArticle(db, { authorIds: [writer.id] });
    const [tag] = await db.insert(s.tags).values({ slug: 'tema', name: 'Тема' }).returning();

    expect(await getRubricBySlug(db, { locale: 'ru', slug: rubric.slug })).toMatchObject({
      id: rubric.id,
      description: 'Новости политики',
    });
    expect(await getTagBySlug(db, { locale: 'ru', slug: 'tema' })).toMatchObject({
      id: tag!.id,
      name: 'Тема',
    });
    expect(await getSourceBySlug(db, { slug: source.slug })).toMatchObject({ id: source.id });
    expect(await getAuthorBySlug(db, { slug: writer.slug })).toMatchObject({ id: writer.id });
    expect(await getAuthorBySlug(db, { slug: silent.slug })).toBeUndefined();
    expect(await getRubricBySlug(db, { locale: 'ru', slug: 'no-such-rubric' })).toBeUndefined();
  });
});
