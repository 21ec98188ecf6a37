import { describe, expect, it } from 'vitest';
import { saveArticleFields } from '../src/queries/article-editor.ts';
import { listDashboardQueues, listEditorArticles } from '../src/queries/article-editor-list.ts';
import { ensureSource, ensureTags, searchArticleTitles } from '../src/queries/article-lookups.ts';
import { addCorrection, listArticleCorrections } from '../src/queries/corrections.ts';
import { getPreviewArticle } from '../src/queries/preview.ts';
import {
  getArticleRevisions,
  listArticleRevisions,
  recordArticleRevision,
} from '../src/queries/revisions.ts';
import { createArticle, createRubric, createUser } from '../src/testing/factories.ts';
import { articleFields } from './article-fields.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const stamp = () => Math.random().toString(36).slice(2, 8);

describe('article editor listings and lookups', () => {
  it('[EDITOR][LIST] filters by status, rubric, byline and title text; authors see only their own', async () => {
    const db = t.current.db;
    const word = `Уникум${stamp()}`;
    const rubric = await createRubric(db);
    const author = await createUser(db);
    const other = await createUser(db);
    const mine = await createArticle(db, {
      title: `${word} первый`,
      status: 'draft',
      rubricId: rubric.id,
      authorIds: [author.id],
    });
    const theirs = await createArticle(db, {
      title: `${word} второй`,
      status: 'published',
      authorIds: [other.id],
    });
    const base = { sort: 'updated' as const, page: 1, pageSize: 50, titleQuery: word };
    const ids = async (params: Partial<Parameters<typeof listEditorArticles>[1]>) =>
      (await listEditorArticles(db, { ...base, ...params })).rows.map((r) => r.id);
    expect((await ids({})).sort()).toEqual([mine.id, theirs.id].sort());
    expect(await ids({ status: 'draft' })).toEqual([mine.id]);
    expect(await ids({ rubricId: rubric.id })).toEqual([mine.id]);
    expect(await ids({ authorId: other.id })).toEqual([theirs.id]);
    expect(await ids({ ownerId: author.id })).toEqual([mine.id]);
    expect(await ids({ titleQuery: `${word} ВТОР` })).toEqual([theirs.id]);
    expect(await ids({ titleQuery: '%' })).not.toContain(mine.id);
    const kazakh = await createArticle(db, { title: `${word} қазақша`, locale: 'kk' });
    expect(await ids({ locale: 'kk' })).toEqual([kazakh.id]);
    expect((await ids({ locale: 'ru' })).sort()).toEqual([mine.id, theirs.id].sort());
    const rows = (await listEditorArticles(db, { ...base, locale: 'kk' })).rows;
    expect(rows[0]).toMatchObject({ locale: 'kk', translated: false });
  });

  it('[EDITOR][LIST] bounded pages follow each other and sort by title', async () => {
    const db = t.current.db;
    const word = `Сорт${stamp()}`;
    for (const letter of ['В', 'А', 'Б']) await createArticle(db, { title: `${word} ${letter}` });
    const params = { sort: 'title' as const, pageSize: 2, titleQuery: word };
    const first = await listEditorArticles(db, { ...params, page: 1 });
    const second = await listEditorArticles(db, { ...params, page: 2 });
    expect(first.hasMore).toBe(true);
    expect(second.hasMore).toBe(false);
    expect([...first.rows, ...second.rows].map((r) => r.title)).toEqual(
      ['А', 'Б', 'В'].map((l) => `${word} ${l}`),
    );
  });

  it('[EDITOR][DASHBOARD] queues: my drafts, review, future scheduled, published today', async () => {
    const db = t.current.db;
    const me = await createUser(db);
    const draft = await createArticle(db, { status: 'draft', authorIds: [me.id] });
    const review = await createArticle(db, { status: 'review', authorIds: [me.id] });
    const scheduled = await createArticle(db, {
      status: 'scheduled',
      publishAt: new Date(Date.now() + 3_600_000),
      authorIds: [me.id],
    });
    const today = await createArticle(db, {
      publishAt: new Date(Date.now() - 60_000),
      authorIds: [me.id],
    });
    const old = await createArticle(db, { publishAt: new Date('2020-01-01'), authorIds: [me.id] });
    const queues = await listDashboardQueues(db, {
      userId: me.id,
      ownOnly: true,
      dayStart: new Date(Date.now() - 3_600_000),
      limit: 10,
    });
    expect(queues.myDrafts.map((a) => a.id)).toEqual([draft.id]);
    expect(queues.review.map((a) => a.id)).toEqual([review.id]);
    expect(queues.scheduled.map((a) => a.id)).toEqual([scheduled.id]);
    expect(queues.publishedToday.map((a) => a.id)).toEqual([today.id]);
    expect(queues.publishedToday.map((a) => a.id)).not.toContain(old.id);
  });

  it('[EDITOR][REVISIONS] each saved version is snapshotted and can be read back for a diff', async () => {
    const db = t.current.db;
    const user = await createUser(db, { name: 'Автор Правок' });
    const article = await createArticle(db, { status: 'draft', title: 'Первый заголовок' });
    await recordArticleRevision(db, { articleId: article.id, userId: user.id });
    await saveArticleFields(db, {
      id: article.id,
      version: 1,
      ...articleFields({
        title: 'Второй заголовок',
        lead: article.lead,
        body: article.body as never,
        bodyText: article.bodyText,
        slug: article.slug,
      }),
    });
    await recordArticleRevision(db, { articleId: article.id, userId: user.id });
    const list = await listArticleRevisions(db, { articleId: article.id, limit: 10 });
    expect(list.map((r) => [r.version, r.author])).toEqual([
      [2, 'Автор Правок'],
      [1, 'Автор Правок'],
    ]);
    const pair = await getArticleRevisions(db, { articleId: article.id, versions: [1, 2] });
    expect(pair.map((r) => r.snapshot.title).sort()).toEqual([
      'Второй заголовок',
      'Первый заголовок',
    ]);
  });

  it('[EDITOR][CORRECTIONS] corrections are listed oldest first with their author', async () => {
    const db = t.current.db;
    const editor = await createUser(db, { role: 'editor', name: 'Выпускающий' });
    const article = await createArticle(db);
    await addCorrection(db, {
      articleId: article.id,
      text: 'Первое исправление',
      userId: editor.id,
    });
    await addCorrection(db, {
      articleId: article.id,
      text: 'Второе исправление',
      userId: editor.id,
    });
    const list = await listArticleCorrections(db, { articleId: article.id });
    expect(list.map((c) => [c.text, c.author])).toEqual([
      ['Первое исправление', 'Выпускающий'],
      ['Второе исправление', 'Выпускающий'],
    ]);
  });

  it('[EDITOR][TAXONOMY] tags and sources typed in the editor are created once and then reused', async () => {
    const db = t.current.db;
    const name = `Посевная ${stamp()}`;
    const [a] = await ensureTags(db, { names: [name] });
    const [b] = await ensureTags(db, { names: [` ${name.toUpperCase()} `] });
    expect(a).toBeDefined();
    expect(b).toBe(a);
    const domain = `agency-${stamp()}.kz`;
    const first = await ensureSource(db, { name: 'Агентство', domain });
    const again = await ensureSource(db, { name: 'Другое имя', domain: domain.toUpperCase() });
    expect(again).toBe(first);
  });

  it('[EDITOR][RELATED] title search finds articles in any status and leaves out the article itself', async () => {
    const db = t.current.db;
    const word = `Связь${stamp()}`;
    const self = await createArticle(db, { title: `${word} сама`, status: 'draft' });
    const other = await createArticle(db, { title: `${word} другая` });
    const found = await searchArticleTitles(db, { query: word, excludeId: self.id, limit: 10 });
    expect(found.map((r) => r.id)).toEqual([other.id]);
  });

  it('[PREVIEW] the preview query returns a draft the public query hides', async () => {
    const db = t.current.db;
    const draft = await createArticle(db, { status: 'draft', title: 'Черновик для предпросмотра' });
    const preview = await getPreviewArticle(db, { id: draft.id });
    expect(preview).toMatchObject({ id: draft.id, title: 'Черновик для предпросмотра' });
    expect(preview?.inlineMedia).toEqual([]);
  });
});
