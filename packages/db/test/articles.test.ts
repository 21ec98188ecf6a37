import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  getVisibleArticle,
  listLatestArticles,
  resolveArticleSlug,
} from '../src/queries/articles.ts';
import { cursorOf, type ListingCursor } from '../src/queries/keyset.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createSource, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;

/** Every id of the latest list, page by page, each page starting after the previous one. */
async function walkLatest(db: typeof t.current.db, limit: number): Promise<number[]> {
  const seen: number[] = [];
  let before: ListingCursor | undefined;
  for (;;) {
    const page = await listLatestArticles(db, { locale: 'ru', limit, before });
    if (page.length === 0) return seen;
    seen.push(...page.map((a) => a.id));
    before = cursorOf(page.at(-1)!);
  }
}

describe('article queries', () => {
  it('[SITE][VISIBILITY] drafts, items in review and future scheduled articles are hidden', async () => {
    const db = t.current.db;
    const shown = await createArticle(db);
    const due = await createArticle(db, {
      status: 'scheduled',
      publishAt: new Date(Date.now() - 1000),
    });
    const draft = await createArticle(db, { status: 'draft' });
    const review = await createArticle(db, { status: 'review' });
    const future = await createArticle(db, {
      status: 'scheduled',
      publishAt: new Date(Date.now() + HOUR),
    });
    const archived = await createArticle(db, { status: 'archived', publishAt: new Date() });
    const ids = (await listLatestArticles(db, { locale: 'ru', limit: 100 })).map((a) => a.id);
    expect(ids).toContain(shown.id);
    expect(ids).toContain(due.id);
    for (const hidden of [draft, review, future, archived]) {
      expect(ids).not.toContain(hidden.id);
      expect(await resolveArticleSlug(db, { slug: hidden.slug })).toEqual({ kind: 'missing' });
    }
  });

  it('[SITE][PAGINATION] keyset pages follow each other without gaps or repeats, ties broken by id', async () => {
    const db = t.current.db;
    const same = new Date('2020-01-01T10:00:00Z');
    for (let i = 0; i < 7; i++)
      await createArticle(db, { publishAt: i < 4 ? same : new Date(same.getTime() - i * HOUR) });
    const all = await listLatestArticles(db, { locale: 'ru', limit: 1000 });
    expect(await walkLatest(db, 3)).toEqual(all.map((a) => a.id));
  });

  it('[SITE][PAGINATION] the latest list pages exactly: articles a microsecond apart are neither skipped nor repeated', async () => {
    const db = t.current.db;
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await createArticle(db)).id);
    // Same millisecond, different microseconds: a cursor kept as a JS Date rounds them together
    // and the next page skips the rest of them.
    await db.execute(sql`update ${s.articles}
      set publish_at = timestamptz '2001-02-02 10:00:00.123000+00' + (id % 1000) * interval '1 microsecond'
      where id in (${sql.join(ids, sql`, `)})`);
    const walked = await walkLatest(db, 1);
    expect(walked.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
  });

  it('[SITE][SLUG] an old slug resolves to the current one for a 301', async () => {
    const db = t.current.db;
    const article = await createArticle(db);
    await db.insert(s.articleSlugs).values({ slug: `${article.slug}-old`, articleId: article.id });
    expect(await resolveArticleSlug(db, { slug: `${article.slug}-old` })).toEqual({
      kind: 'renamed',
      id: article.id,
      locale: 'ru',
      currentSlug: article.slug,
    });
    expect(await resolveArticleSlug(db, { slug: article.slug })).toEqual({
      kind: 'current',
      id: article.id,
      locale: 'ru',
    });
  });

  it('[SITE][ARTICLE] the detail carries authors, cited sources with roles, tags and corrections', async () => {
    const db = t.current.db;
    const author = await createUser(db, { name: 'Мария Иванова' });
    const article = await createArticle(db, { authorIds: [author.id] });
    const via = await createSource(db, { name: 'Kazpravda.kz' });
    const origin = await createSource(db, { name: 'Интерфакс-Казахстан' });
    await db.insert(s.articleSources).values([
      { articleId: article.id, sourceId: via.id, role: 'via', position: 0 },
      { articleId: article.id, sourceId: origin.id, role: 'origin', position: 1 },
    ]);
    const [tag] = await db
      .insert(s.tags)
      .values({ slug: `tag-${article.id}`, name: 'Дипломатия' })
      .returning();
    await db.insert(s.articleTags).values({ articleId: article.id, tagId: tag!.id });
    await db
      .insert(s.corrections)
      .values({ articleId: article.id, text: 'Исправлена дата встречи.' });
    const detail = await getVisibleArticle(db, { id: article.id });
    expect(detail?.authors.map((a) => a.name)).toEqual(['Мария Иванова']);
    expect(detail?.sources.map((x) => [x.name, x.role])).toEqual([
      ['Kazpravda.kz', 'via'],
      ['Интерфакс-Казахстан', 'origin'],
    ]);
    expect(detail?.tags.map((x) => x.name)).toEqual(['Дипломатия']);
    expect(detail?.corrections.map((x) => x.text)).toEqual(['Исправлена дата встречи.']);
    await db.update(s.articles).set({ status: 'draft' }).where(eq(s.articles.id, article.id));
    expect(await getVisibleArticle(db, { id: article.id })).toBeUndefined();
  });
});
