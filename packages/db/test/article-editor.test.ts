import { describe, expect, it } from 'vitest';
import {
  createArticleDraft,
  getArticleForEdit,
  getArticleVersionInfo,
  isArticleOwner,
  saveArticleFields,
} from '../src/queries/article-editor.ts';
import { changeArticleSlug, findFreeSlug, isSlugTaken } from '../src/queries/article-slug.ts';
import {
  acquireArticleLock,
  releaseArticleLock,
  setArticleStatus,
} from '../src/queries/article-workflow.ts';
import { resolveArticleSlug } from '../src/queries/articles.ts';
import { recordArticleRevision } from '../src/queries/revisions.ts';
import { createArticle, createRubric, createSource, createUser } from '../src/testing/factories.ts';
import { articleFields } from './article-fields.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();

const fields = articleFields;

describe('article editor queries', () => {
  it('[EDITOR][DRAFT] a new draft has the creator as author, its slug recorded and links saved', async () => {
    const db = t.current.db;
    const author = await createUser(db);
    const source = await createSource(db);
    const other = await createArticle(db);
    const created = await createArticleDraft(db, {
      ...fields({ sources: [{ sourceId: source.id, role: 'origin' }], relatedIds: [other.id] }),
      userId: author.id,
    });
    const article = await getArticleForEdit(db, { id: created.id });
    expect(article).toMatchObject({ status: 'draft', version: 1, createdBy: author.id });
    expect(article!.authors.map((a) => a.id)).toEqual([author.id]);
    expect(article!.sources).toMatchObject([{ sourceId: source.id, role: 'origin' }]);
    expect(article!.related).toEqual([{ id: other.id, title: other.title }]);
    expect(await isSlugTaken(db, { slug: article!.slug })).toBe(true);
    expect(await isSlugTaken(db, { slug: article!.slug, articleId: created.id })).toBe(false);
  });

  it('[EDITOR][LOCKING] two saves from the same version: the first wins, the second is refused', async () => {
    const db = t.current.db;
    const author = await createUser(db);
    const created = await createArticleDraft(db, { ...fields(), userId: author.id });
    const first = await saveArticleFields(db, {
      ...fields({ title: 'Первая правка' }),
      id: created.id,
      version: 1,
    });
    const second = await saveArticleFields(db, {
      ...fields({ title: 'Вторая правка' }),
      id: created.id,
      version: 1,
    });
    expect(first?.version).toBe(2);
    expect(second).toBeUndefined();
    const article = await getArticleForEdit(db, { id: created.id });
    expect(article).toMatchObject({ title: 'Первая правка', version: 2 });
  });

  it('[EDITOR][LOCKING] concurrent saves in two transactions: exactly one succeeds', async () => {
    const db = t.current.db;
    const author = await createUser(db);
    const created = await createArticleDraft(db, { ...fields(), userId: author.id });
    const save = (title: string) =>
      db.transaction((tx) =>
        saveArticleFields(tx, { ...fields({ title }), id: created.id, version: 1 }),
      );
    const results = await Promise.all([save('А'), save('Б')]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('[EDITOR][LOCKING] the refused editor is told who saved the current version', async () => {
    const db = t.current.db;
    const author = await createUser(db, { name: 'Айгерим Сапарова' });
    const created = await createArticleDraft(db, { ...fields(), userId: author.id });
    await saveArticleFields(db, { ...fields(), id: created.id, version: 1 });
    await recordArticleRevision(db, { articleId: created.id, userId: author.id });
    expect(await getArticleVersionInfo(db, { id: created.id })).toMatchObject({
      version: 2,
      editor: 'Айгерим Сапарова',
    });
  });

  it('[EDITOR][SLUG] a taken slug gets the first free numeric suffix', async () => {
    const db = t.current.db;
    const base = `kazakhstan-${Math.random().toString(36).slice(2, 8)}`;
    expect(await findFreeSlug(db, { slug: base })).toBe(base);
    await createArticle(db, { slug: base });
    expect(await findFreeSlug(db, { slug: base })).toBe(`${base}-2`);
    await createArticle(db, { slug: `${base}-2` });
    expect(await findFreeSlug(db, { slug: base })).toBe(`${base}-3`);
  });

  it('[EDITOR][SLUG] an old slug of another article stays reserved for its redirect', async () => {
    const db = t.current.db;
    const article = await createArticle(db);
    const old = article.slug;
    await changeArticleSlug(db, { articleId: article.id, slug: `${old}-new`, keepOld: true });
    await saveArticleFields(db, {
      ...fields({ slug: `${old}-new`, publishAt: article.publishAt }),
      id: article.id,
      version: 1,
    });
    expect(await isSlugTaken(db, { slug: old })).toBe(true);
    expect(await findFreeSlug(db, { slug: old })).toBe(`${old}-2`);
    expect(await resolveArticleSlug(db, { slug: old })).toEqual({
      kind: 'renamed',
      id: article.id,
      locale: 'ru',
      currentSlug: `${old}-new`,
    });
  });

  it('[EDITOR][SLUG] before the first publish a renamed draft releases its old slug', async () => {
    const db = t.current.db;
    const author = await createUser(db);
    const created = await createArticleDraft(db, {
      ...fields({ slug: 'chernovik-a' }),
      userId: author.id,
    });
    await saveArticleFields(db, { ...fields({ slug: 'chernovik-b' }), id: created.id, version: 1 });
    await changeArticleSlug(db, { articleId: created.id, slug: 'chernovik-b', keepOld: false });
    expect(await isSlugTaken(db, { slug: 'chernovik-a' })).toBe(false);
    expect(await isSlugTaken(db, { slug: 'chernovik-b' })).toBe(true);
  });

  it('[EDITOR][WORKFLOW] publishing sets first_published_at once; a stale transition is refused', async () => {
    const db = t.current.db;
    const author = await createUser(db);
    const created = await createArticleDraft(db, { ...fields(), userId: author.id });
    const review = await setArticleStatus(db, { id: created.id, version: 1, status: 'review' });
    expect(review).toMatchObject({ status: 'review', version: 2 });
    expect(
      await setArticleStatus(db, { id: created.id, version: 1, status: 'draft' }),
    ).toBeUndefined();
    const at = new Date(Date.now() - 1000);
    await setArticleStatus(db, { id: created.id, version: 2, status: 'published', publishAt: at });
    const published = await getArticleForEdit(db, { id: created.id });
    expect(published?.firstPublishedAt?.getTime()).toBe(at.getTime());
    await setArticleStatus(db, { id: created.id, version: 3, status: 'draft' });
    await setArticleStatus(db, {
      id: created.id,
      version: 4,
      status: 'published',
      publishAt: new Date(),
    });
    const again = await getArticleForEdit(db, { id: created.id });
    expect(again?.firstPublishedAt?.getTime()).toBe(at.getTime());
    expect(await resolveArticleSlug(db, { slug: again!.slug })).toMatchObject({ kind: 'current' });
  });

  it('[EDITOR][WORKFLOW] a scheduled article stays off the site until its time', async () => {
    const db = t.current.db;
    const author = await createUser(db);
    const created = await createArticleDraft(db, { ...fields(), userId: author.id });
    await setArticleStatus(db, {
      id: created.id,
      version: 1,
      status: 'scheduled',
      publishAt: new Date(Date.now() + 60_000),
    });
    const article = await getArticleForEdit(db, { id: created.id });
    expect(await resolveArticleSlug(db, { slug: article!.slug })).toEqual({ kind: 'missing' });
  });

  it('[EDITOR][LOCK] a second editor sees who holds the lock and can take it over', async () => {
    const db = t.current.db;
    const first = await createUser(db, { name: 'Первый Редактор', role: 'editor' });
    const second = await createUser(db, { role: 'editor' });
    const article = await createArticle(db);
    const lock = { id: article.id, ttlSeconds: 120 };
    expect(await acquireArticleLock(db, { ...lock, userId: first.id })).toMatchObject({
      acquired: true,
    });
    expect(await acquireArticleLock(db, { ...lock, userId: first.id })).toMatchObject({
      acquired: true,
    });
    expect(await acquireArticleLock(db, { ...lock, userId: second.id })).toMatchObject({
      acquired: false,
      holder: { id: first.id, name: 'Первый Редактор' },
    });
    expect(await acquireArticleLock(db, { ...lock, userId: second.id, force: true })).toMatchObject(
      { acquired: true },
    );
    await releaseArticleLock(db, { id: article.id, userId: first.id });
    expect(await acquireArticleLock(db, { ...lock, userId: first.id })).toMatchObject({
      acquired: false,
    });
    await releaseArticleLock(db, { id: article.id, userId: second.id });
    expect(await acquireArticleLock(db, { ...lock, userId: first.id })).toMatchObject({
      acquired: true,
    });
  });

  it('[EDITOR][LOCK] an expired lock is free for the next editor', async () => {
    const db = t.current.db;
    const first = await createUser(db);
    const second = await createUser(db);
    const article = await createArticle(db);
    await acquireArticleLock(db, { id: article.id, userId: first.id, ttlSeconds: -1 });
    expect(
      await acquireArticleLock(db, { id: article.id, userId: second.id, ttlSeconds: 120 }),
    ).toMatchObject({ acquired: true });
  });

  it('[EDITOR][ACCESS] an author owns articles they created or are a byline of', async () => {
    const db = t.current.db;
    const creator = await createUser(db);
    const byline = await createUser(db);
    const stranger = await createUser(db);
    const rubric = await createRubric(db);
    const article = await createArticle(db, {
      createdBy: creator.id,
      authorIds: [byline.id],
      rubricId: rubric.id,
    });
    expect(await isArticleOwner(db, { articleId: article.id, userId: creator.id })).toBe(true);
    expect(await isArticleOwner(db, { articleId: article.id, userId: byline.id })).toBe(true);
    expect(await isArticleOwner(db, { articleId: article.id, userId: stranger.id })).toBe(false);
  });
});
