import { documentFromParagraphs } from '@vestnik/content/document';
import { createRubric, createUser } from '@vestnik/db/factories';
import { getArticleForEdit } from '@vestnik/db/queries/article-editor';
import { auditLog } from '@vestnik/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createArticle } from '@/actions/articles/create-article';
import { publishArticle } from '@/actions/articles/publish-article';
import { restoreRevision } from '@/actions/articles/restore-revision';
import { saveArticle } from '@/actions/articles/save-article';
import { SELF_REMOVAL } from '@/lib/articles/bylines';
import { articleCacheTags } from '@/lib/articles/cache-tags';
import { articleForm, ok } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-real-ip': '198.51.100.9' }),
}));

const t = adminTestDatabase();

function form(overrides: Record<string, unknown> = {}) {
  return articleForm({
    title: 'Авторы материала',
    lead: 'Лид о подписи.',
    body: documentFromParagraphs(['Текст.']),
    ...overrides,
  });
}

const bylineOf = async (id: number) =>
  (await getArticleForEdit(t.current.db, { id }))!.authors.map((a) => a.id);

describe('article bylines', () => {
  let author: Awaited<ReturnType<typeof createUser>>;
  let coauthor: Awaited<ReturnType<typeof createUser>>;
  let editor: Awaited<ReturnType<typeof createUser>>;
  let rubricId: number;
  beforeAll(async () => {
    author = await createUser(t.current.db, { role: 'author', name: 'Асель Нурланова' });
    coauthor = await createUser(t.current.db, { role: 'author', name: 'Данияр Сейткали' });
    editor = await createUser(t.current.db, { role: 'editor', name: 'Редактор Выпуска' });
    rubricId = (await createRubric(t.current.db)).id;
  });

  it('[EDITOR][BYLINE] an author may add a co-author but may not take their own name off', async () => {
    signInAs(author);
    const created = ok(await createArticle(form()));
    expect(await bylineOf(created.id)).toEqual([author.id]);
    const added = ok(
      await saveArticle({
        ...form({ authorIds: [author.id, coauthor.id] }),
        id: created.id,
        version: created.version,
      }),
    );
    expect(await bylineOf(created.id)).toEqual([author.id, coauthor.id]);
    const refused = await saveArticle({
      ...form({ authorIds: [coauthor.id] }),
      id: created.id,
      version: added.version,
    });
    expect(refused).toEqual({
      ok: false,
      code: 'invalid',
      error: SELF_REMOVAL,
      fieldErrors: { authorIds: SELF_REMOVAL },
    });
    expect(SELF_REMOVAL).toMatch(/^Автор не может убрать себя из авторов материала/);
    expect(await bylineOf(created.id)).toEqual([author.id, coauthor.id]);
    // A new article signed only by somebody else would be the same removal.
    const foreign = await createArticle(form({ authorIds: [coauthor.id] }));
    expect(foreign).toMatchObject({ ok: false, error: SELF_REMOVAL });
  });

  it('[EDITOR][BYLINE] an editor reorders and replaces authors; the audit log names them before and after', async () => {
    signInAs(author);
    const created = ok(await createArticle(form()));
    signInAs(editor);
    const saved = ok(
      await saveArticle({
        ...form({ authorIds: [coauthor.id, editor.id] }),
        id: created.id,
        version: created.version,
      }),
    );
    expect(saved.version).toBe(2);
    expect(await bylineOf(created.id)).toEqual([coauthor.id, editor.id]);
    const [entry] = await t.current.db
      .select({ summary: auditLog.summary })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'article.save'), eq(auditLog.entityId, String(created.id))))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry!.summary).toMatchObject({
      before: { authors: ['Асель Нурланова'] },
      after: { authors: ['Данияр Сейткали', 'Редактор Выпуска'] },
    });
  });

  it('[EDITOR][BYLINE] duplicates, disabled people and more than ten authors are refused', async () => {
    signInAs(editor);
    const created = ok(await createArticle(form()));
    const disabled = await createUser(t.current.db, { disabled: true });
    const save = (authorIds: number[]) =>
      saveArticle({ ...form({ authorIds }), id: created.id, version: created.version });
    expect(await save([coauthor.id, coauthor.id])).toMatchObject({
      ok: false,
      error: 'Один и тот же автор указан дважды.',
    });
    expect(await save([coauthor.id, disabled.id])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/удалённый или отключённый/),
    });
    expect(await save([coauthor.id, 2_000_000_000])).toMatchObject({ ok: false });
    const eleven = Array.from({ length: 11 }, (_, i) => i + 1);
    expect(await save(eleven)).toMatchObject({
      ok: false,
      fieldErrors: { authorIds: 'Не более 10 авторов.' },
    });
    expect(await bylineOf(created.id)).toEqual([editor.id]);
  });

  it('[EDITOR][BYLINE] an article without authors cannot be published; restoring a version brings its authors back', async () => {
    signInAs(editor);
    const created = ok(await createArticle(form({ rubricId })));
    const emptied = ok(
      await saveArticle({
        ...form({ rubricId, authorIds: [] }),
        id: created.id,
        version: created.version,
      }),
    );
    expect(await publishArticle({ id: created.id, version: emptied.version })).toEqual({
      ok: false,
      code: 'rejected',
      error: 'Нельзя выпустить материал: укажите автора.',
    });
    const restored = ok(
      await restoreRevision({ id: created.id, version: emptied.version, revision: 1 }),
    );
    expect(await bylineOf(created.id)).toEqual([editor.id]);
    const published = ok(await publishArticle({ id: created.id, version: restored.version }));
    // A public article may not go back to the version without authors.
    expect(
      await restoreRevision({ id: created.id, version: published.version, revision: 2 }),
    ).toEqual({
      ok: false,
      code: 'rejected',
      error: 'Нельзя выпустить материал: укажите автора.',
    });
    expect(await bylineOf(created.id)).toEqual([editor.id]);
  });

  it('[EDITOR][CACHE] a public article’s change also expires its authors’ pages, old and new', () => {
    const publishAt = new Date('2026-03-07T10:00:00Z');
    const tags = articleCacheTags(
      9,
      { status: 'published', rubricId: null, publishAt, authors: [{ id: 1 }] },
      { status: 'published', rubricId: null, publishAt, authors: [{ id: 2 }, { id: 3 }] },
    );
    expect(tags).toEqual(expect.arrayContaining(['article:9', 'author:1', 'author:2', 'author:3']));
  });
});
