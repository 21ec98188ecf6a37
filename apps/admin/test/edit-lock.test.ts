import { createArticle, createUser } from '@vestnik/db/factories';
import { articles } from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createArticle as createArticleAction } from '@/actions/articles/create-article';
import { lockArticle } from '@/actions/articles/lock-article';
import { previewArticleSlug } from '@/actions/articles/preview-article-slug';
import { submitArticle } from '@/actions/articles/submit-article';
import { logout } from '@/actions/auth/logout';
import { POST as releaseRoute } from '@/app/api/articles/[id]/lock/release/route';
import { articleForm, ok } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current, signOut: vi.fn() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-real-ip': '198.51.100.9' }),
}));

const t = adminTestDatabase();

const holder = async (id: number) =>
  (
    await t.current.db.select({ by: articles.lockedBy }).from(articles).where(eq(articles.id, id))
  )[0]?.by ?? null;

/** The beacon the editor sends on leaving, as the browser sends it (same-origin). */
const leave = (id: number, site = 'same-origin') =>
  releaseRoute(
    new Request(`http://admin.test/api/articles/${id}/lock/release`, {
      method: 'POST',
      headers: { 'sec-fetch-site': site },
    }),
    { params: Promise.resolve({ id: String(id) }) },
  );

describe('edit lock release', () => {
  let author: Awaited<ReturnType<typeof createUser>>;
  let editor: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    author = await createUser(t.current.db, { role: 'author' });
    editor = await createUser(t.current.db, { role: 'editor' });
  });

  it('[EDITOR][LOCK] leaving the editor frees the caller’s own lock, never another’s, never cross-site', async () => {
    const article = await createArticle(t.current.db, { status: 'draft', createdBy: editor.id });
    signInAs(editor);
    ok(await lockArticle({ id: article.id }));
    expect(await holder(article.id)).toBe(editor.id);
    signInAs(author);
    // Not the author's article, not the author's lock: nothing happens.
    expect((await leave(article.id)).status).toBe(204);
    expect(await holder(article.id)).toBe(editor.id);
    signInAs(editor);
    expect((await leave(article.id, 'cross-site')).status).toBe(403);
    expect(await holder(article.id)).toBe(editor.id);
    signInAs(null);
    expect((await leave(article.id)).status).toBe(401);
    expect(await holder(article.id)).toBe(editor.id);
    signInAs(editor);
    expect((await leave(article.id)).status).toBe(204);
    expect(await holder(article.id)).toBeNull();
  });

  it('[EDITOR][LOCK] submitting for review hands the lock over with the text', async () => {
    signInAs(author);
    const created = ok(await createArticleAction(articleForm({ title: 'Сдаю текст' })));
    ok(await lockArticle({ id: created.id }));
    expect(await holder(created.id)).toBe(author.id);
    ok(await submitArticle({ id: created.id, version: created.version }));
    expect(await holder(created.id)).toBeNull();
  });

  it('[EDITOR][LOCK] logging out frees every lock the user holds', async () => {
    const person = await createUser(t.current.db, { role: 'editor' });
    const first = await createArticle(t.current.db, { status: 'draft' });
    const second = await createArticle(t.current.db, { status: 'published' });
    signInAs(person);
    ok(await lockArticle({ id: first.id }));
    ok(await lockArticle({ id: second.id }));
    signInAs(editor);
    const others = await createArticle(t.current.db, { status: 'draft' });
    ok(await lockArticle({ id: others.id }));
    signInAs(person);
    await logout();
    expect([await holder(first.id), await holder(second.id)]).toEqual([null, null]);
    expect(await holder(others.id)).toBe(editor.id);
  });
});

describe('address preview', () => {
  it('[EDITOR][SLUG] shows the address a save would give: -2 for a title another draft has, nothing written', async () => {
    const editor = await createUser(t.current.db, { role: 'editor' });
    await createArticle(t.current.db, { status: 'draft', title: 'Двойник', slug: 'dvoynik' });
    const mine = await createArticle(t.current.db, { status: 'review', title: 'Своё' });
    signInAs(editor);
    const input = { id: mine.id, title: 'Двойник', slug: mine.slug, slugManual: false };
    expect(ok(await previewArticleSlug(input))).toEqual({ slug: 'dvoynik-2' });
    expect(ok(await previewArticleSlug({ ...input, id: null }))).toEqual({ slug: 'dvoynik-2' });
    const [row] = await t.current.db.select().from(articles).where(eq(articles.id, mine.id));
    expect(row?.slug).toBe(mine.slug);
    // A typed address that is taken is refused before the save, with the save's sentence.
    expect(await previewArticleSlug({ ...input, slug: 'dvoynik', slugManual: true })).toMatchObject(
      {
        ok: false,
        code: 'invalid',
        error: expect.stringContaining('уже занят'),
      },
    );
  });
});
