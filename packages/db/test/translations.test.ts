import { eq, inArray } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../src/client.ts';
import {
  createTranslationDraft,
  getArticleTranslation,
  linkTranslation,
  searchTranslationCandidates,
  translationGroupOf,
  unlinkTranslation,
} from '../src/queries/translations.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createRubric, createSource, createUser } from '../src/testing/factories.ts';
import { testDatabase, violatedConstraint } from './context.ts';

const t = testDatabase();
const stamp = () => Math.random().toString(36).slice(2, 8);

describe('linked translations', () => {
  it('[TRANSLATION][LINK] links a Russian and a Kazakh article under the smaller id; both see each other; unlinking frees both', async () => {
    const db = t.current.db;
    const ru = await createArticle(db, { title: `Новость ${stamp()}`, status: 'draft' });
    const kk = await createArticle(db, { title: `Жаңалық ${stamp()}`, locale: 'kk' });
    const linked = await db.transaction((tx) =>
      linkTranslation(tx, { articleId: kk.id, translationId: ru.id }),
    );
    expect(linked).toMatchObject({ ok: true, group: Math.min(ru.id, kk.id), alreadyLinked: false });
    expect(await translationGroupOf(db, { articleId: ru.id })).toBe(ru.id);
    expect(await translationGroupOf(db, { articleId: kk.id })).toBe(ru.id);
    expect(await getArticleTranslation(db, { articleId: ru.id })).toMatchObject({
      id: kk.id,
      locale: 'kk',
      status: 'published',
    });
    expect(await getArticleTranslation(db, { articleId: kk.id })).toMatchObject({
      id: ru.id,
      locale: 'ru',
      status: 'draft',
    });
    // Linking the same pair again is no change.
    expect(
      await db.transaction((tx) => linkTranslation(tx, { articleId: ru.id, translationId: kk.id })),
    ).toMatchObject({ ok: true, alreadyLinked: true });

    const unlinked = await db.transaction((tx) => unlinkTranslation(tx, { articleId: kk.id }));
    expect(unlinked).toMatchObject({ ok: true, translation: { id: ru.id } });
    expect(unlinked.ok && unlinked.ids.sort()).toEqual([ru.id, kk.id].sort());
    expect(await getArticleTranslation(db, { articleId: ru.id })).toBeUndefined();
    expect(await translationGroupOf(db, { articleId: kk.id })).toBeNull();
    expect(await db.transaction((tx) => unlinkTranslation(tx, { articleId: kk.id }))).toEqual({
      ok: false,
      reason: 'not-linked',
    });
  });

  it('[TRANSLATION][LINK] refuses the same article, the same language, a missing one and an article that already has a translation', async () => {
    const db = t.current.db;
    const ru = await createArticle(db);
    const ru2 = await createArticle(db);
    const kk = await createArticle(db, { locale: 'kk' });
    const kk2 = await createArticle(db, { locale: 'kk' });
    const link = (articleId: number, translationId: number) =>
      db.transaction((tx) => linkTranslation(tx, { articleId, translationId }));
    expect(await link(ru.id, ru.id)).toEqual({ ok: false, reason: 'same-article' });
    expect(await link(ru.id, ru2.id)).toEqual({
      ok: false,
      reason: 'same-locale',
      translation: { id: ru2.id, title: ru2.title },
    });
    expect(await link(ru.id, 2_000_000_000)).toEqual({ ok: false, reason: 'missing' });
    expect(await link(ru.id, kk.id)).toMatchObject({ ok: true });
    // ru already has its Kazakh translation: another Kazakh article cannot become one.
    expect(await link(ru.id, kk2.id)).toEqual({
      ok: false,
      reason: 'article-has-translation',
      other: { id: kk.id, title: kk.title },
    });
    // kk is somebody's translation already: it cannot also translate ru2.
    expect(await link(ru2.id, kk.id)).toEqual({
      ok: false,
      reason: 'translation-has-translation',
      translation: { id: kk.id, title: kk.title },
      other: { id: ru.id, title: ru.title },
    });
  });

  it('[TRANSLATION][UNIQUE] one article per language in a group: the database itself refuses a second', async () => {
    const db = t.current.db;
    const ru = await createArticle(db);
    const kk = await createArticle(db, { locale: 'kk' });
    const kk2 = await createArticle(db, { locale: 'kk' });
    await db
      .update(s.articles)
      .set({ translationGroup: ru.id })
      .where(inArray(s.articles.id, [ru.id, kk.id]));
    expect(
      await violatedConstraint(
        db.update(s.articles).set({ translationGroup: ru.id }).where(eq(s.articles.id, kk2.id)),
      ),
    ).toBe('articles_translation_locale_key');
  });

  it('[TRANSLATION][CONCURRENCY] two editors linking one article to two translations at once: one wins, the other is refused in words', async () => {
    const db = t.current.db;
    // A second connection for the second editor: the first holds its transaction open.
    const other = createDatabase(t.current.url, { max: 1, applicationName: 'vestnik-test-2' });
    try {
      const ru = await createArticle(db, { title: `Оригинал ${stamp()}` });
      const kkA = await createArticle(db, { locale: 'kk', title: `Аударма А ${stamp()}` });
      const kkB = await createArticle(db, { locale: 'kk', title: `Аударма Б ${stamp()}` });
      let releaseFirst!: () => void;
      const firstHolds = new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      let firstLinked!: () => void;
      const firstDone = new Promise<void>((resolve) => {
        firstLinked = resolve;
      });
      const first = db.transaction(async (tx) => {
        const result = await linkTranslation(tx, { articleId: ru.id, translationId: kkA.id });
        firstLinked();
        await firstHolds;
        return result;
      });
      await firstDone;
      // The second starts while the first still holds its locks, and waits for them.
      const second = other.db.transaction((tx) =>
        linkTranslation(tx, { articleId: kkB.id, translationId: ru.id }),
      );
      await waitForLockWait(t.current.url);
      releaseFirst();
      const [a, b] = await Promise.all([first, second]);
      expect(a).toMatchObject({ ok: true });
      expect(b).toEqual({
        ok: false,
        reason: 'translation-has-translation',
        translation: { id: ru.id, title: ru.title },
        other: { id: kkA.id, title: kkA.title },
      });
      const groups = await db
        .select({ id: s.articles.id, group: s.articles.translationGroup })
        .from(s.articles)
        .where(inArray(s.articles.id, [ru.id, kkA.id, kkB.id]))
        .orderBy(s.articles.id);
      expect(groups.map((g) => g.group)).toEqual([ru.id, ru.id, null]);

      // And many at once, without orchestration: exactly one Kazakh translation comes out.
      const origin = await createArticle(db);
      const rivals = await Promise.all(
        Array.from({ length: 4 }, () => createArticle(db, { locale: 'kk' })),
      );
      const results = await Promise.all(
        rivals.map((rival, i) =>
          (i % 2 ? other.db : db).transaction((tx) =>
            linkTranslation(tx, { articleId: origin.id, translationId: rival.id }),
          ),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const refused of results.filter((r) => !r.ok)) {
        expect(['article-has-translation', 'taken']).toContain(!refused.ok && refused.reason);
      }
      const members = await db
        .select({ id: s.articles.id })
        .from(s.articles)
        .where(eq(s.articles.translationGroup, origin.id));
      expect(members).toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it('[TRANSLATION][CREATE] a translation draft copies the text, rubric, tags, sources, photo and byline, in the other language, linked', async () => {
    const db = t.current.db;
    const author = await createUser(db, { role: 'author' });
    const translator = await createUser(db, { role: 'editor' });
    const rubric = await createRubric(db);
    const source = await createSource(db);
    const [tag] = await db
      .insert(s.tags)
      .values({ name: `Тег ${stamp()}`, slug: `teg-${stamp()}` })
      .returning();
    const original = await createArticle(db, {
      title: `Встреча в Астане ${stamp()}`,
      rubricId: rubric.id,
      authorIds: [author.id],
    });
    await db.insert(s.articleTags).values({ articleId: original.id, tagId: tag!.id });
    await db
      .insert(s.articleSources)
      .values({ articleId: original.id, sourceId: source.id, role: 'origin', position: 0 });

    const created = await db.transaction((tx) =>
      createTranslationDraft(tx, { sourceId: original.id, userId: translator.id }),
    );
    if (!created.ok) throw new Error(created.reason);
    expect(created).toMatchObject({ locale: 'kk', group: original.id });
    expect(created.slug).toMatch(new RegExp(`^${original.slug.replace(/-\d+$/, '')}`));
    const copy = await db.query.articles.findFirst({ where: (a, { eq }) => eq(a.id, created.id) });
    expect(copy).toMatchObject({
      title: original.title,
      lead: original.lead,
      body: original.body,
      status: 'draft',
      locale: 'kk',
      translationGroup: original.id,
      rubricId: rubric.id,
      createdBy: translator.id,
      publishAt: null,
      firstPublishedAt: null,
    });
    const links = async (table: typeof s.articleTags | typeof s.articleAuthors) =>
      db.select().from(table).where(eq(table.articleId, created.id));
    expect((await links(s.articleTags)).map((l) => (l as { tagId: number }).tagId)).toEqual([
      tag!.id,
    ]);
    expect((await links(s.articleAuthors)).map((l) => (l as { userId: number }).userId)).toEqual([
      author.id,
    ]);
    const sources = await db
      .select()
      .from(s.articleSources)
      .where(eq(s.articleSources.articleId, created.id));
    expect(sources).toMatchObject([{ sourceId: source.id, role: 'origin' }]);
    expect(await getArticleTranslation(db, { articleId: original.id })).toMatchObject({
      id: created.id,
      locale: 'kk',
      status: 'draft',
    });
    // The source has its translation now: a second one is refused.
    expect(
      await db.transaction((tx) =>
        createTranslationDraft(tx, { sourceId: original.id, userId: translator.id }),
      ),
    ).toMatchObject({ ok: false, reason: 'article-has-translation', other: { id: created.id } });
    expect(
      await db.transaction((tx) =>
        createTranslationDraft(tx, { sourceId: 2_000_000_000, userId: translator.id }),
      ),
    ).toEqual({ ok: false, reason: 'missing' });
  });

  it('[TRANSLATION][SEARCH] candidates are in the other language, marked when translated, and for an author only their own', async () => {
    const db = t.current.db;
    const word = `Іздеу${stamp()}`;
    const author = await createUser(db, { role: 'author' });
    const ru = await createArticle(db, { title: `${word} исходник`, status: 'draft' });
    const mine = await createArticle(db, {
      title: `${word} менікі`,
      locale: 'kk',
      status: 'draft',
      authorIds: [author.id],
    });
    const taken = await createArticle(db, { title: `${word} бос емес`, locale: 'kk' });
    const partner = await createArticle(db, { title: `${word} пара` });
    await db.transaction((tx) =>
      linkTranslation(tx, { articleId: partner.id, translationId: taken.id }),
    );
    await createArticle(db, { title: `${word} тоже русский` });
    const found = await searchTranslationCandidates(db, {
      articleId: ru.id,
      query: word.toLowerCase(),
      limit: 10,
    });
    expect(found.map((f) => [f.id, f.locale, f.hasTranslation]).sort()).toEqual(
      [
        [mine.id, 'kk', false],
        [taken.id, 'kk', true],
      ].sort(),
    );
    const own = await searchTranslationCandidates(db, {
      articleId: ru.id,
      query: word,
      limit: 10,
      ownerId: author.id,
    });
    expect(own.map((f) => f.id)).toEqual([mine.id]);
  });
});

/** Resolves once some backend of this database waits for a row lock. */
async function waitForLockWait(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (let i = 0; i < 200; i++) {
      const rows = await sql`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock'`;
      if (rows[0]!.n > 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the second link never waited for the first one');
  } finally {
    await sql.end();
  }
}
