import { dateToZonedInput } from '@vestnik/content/dates';
import { createArticle, createRubric, createUser } from '@vestnik/db/factories';
import { resolveArticleSlug } from '@vestnik/db/queries/articles';
import { articleRevisions, articles, tags } from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { addCorrection } from '@/actions/articles/add-correction';
import { createArticle as createArticleAction } from '@/actions/articles/create-article';
import { publishArticle } from '@/actions/articles/publish-article';
import { saveArticle } from '@/actions/articles/save-article';
import { scheduleArticle } from '@/actions/articles/schedule-article';
import { submitArticle } from '@/actions/articles/submit-article';
import { unpublishArticle } from '@/actions/articles/unpublish-article';
import { FORBIDDEN } from '@/lib/action';
import { articleCacheTags } from '@/lib/articles/cache-tags';
import { articleForm, ok } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-real-ip': '198.51.100.8' }),
}));

const t = adminTestDatabase();

type Fields = Parameters<typeof createArticleAction>[0] & Record<string, unknown>;

function form(overrides: Partial<Record<string, unknown>> = {}): Fields {
  return articleForm(overrides) as Fields;
}

describe('article actions', () => {
  let author: Awaited<ReturnType<typeof createUser>>;
  let other: Awaited<ReturnType<typeof createUser>>;
  let editor: Awaited<ReturnType<typeof createUser>>;
  let rubricId: number;
  beforeAll(async () => {
    author = await createUser(t.current.db, { role: 'author', name: 'Автор Первый' });
    other = await createUser(t.current.db, { role: 'author' });
    editor = await createUser(t.current.db, { role: 'editor', name: 'Редактор Смены' });
    rubricId = (await createRubric(t.current.db)).id;
  });

  it('[EDITOR][SLUG] a draft gets its slug from a Kazakh title, -2 on collision, and a taken manual slug is refused', async () => {
    signInAs(author);
    const first = ok(await createArticleAction(form()));
    const second = ok(await createArticleAction(form()));
    expect(first.slug).toBe('qazaqstan-onirlerinde-koktemgi-egis-bastaldy');
    expect(second.slug).toBe(`${first.slug}-2`);
    const refused = await saveArticle({
      ...form({ slug: first.slug, slugManual: true }),
      id: second.id,
      version: second.version,
    });
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.error).toContain(`Адрес «${first.slug}» уже занят`);
  });

  it('[EDITOR][SLUG] a draft keeps its saved address while the title stays, and scheduling does not move it', async () => {
    signInAs(editor);
    const title = 'Запланированная новость о посевной';
    const first = ok(await createArticleAction(form({ title, rubricId })));
    const second = ok(await createArticleAction(form({ title, rubricId })));
    expect(second.slug).toBe(`${first.slug}-2`);
    // The first draft's slug is freed by a new title; the second keeps the address it was shown.
    const renamed = ok(
      await saveArticle({
        ...form({ title: 'Другая новость', rubricId }),
        id: first.id,
        version: first.version,
      }),
    );
    expect(renamed.slug).toBe('drugaya-novost');
    const resaved = ok(
      await saveArticle({
        ...form({ title, rubricId, lead: 'Новый лид.' }),
        id: second.id,
        version: second.version,
      }),
    );
    expect(resaved.slug).toBe(second.slug);
    // A factory slug with a numeric suffix (as in the e2e suite) is an automatic slug too.
    const draft = await createArticle(t.current.db, {
      title,
      status: 'draft',
      rubricId,
      authorIds: [editor.id],
    });
    const publishAt = dateToZonedInput(new Date(Date.now() + 3_600_000), 'Asia/Almaty');
    const saved = ok(
      await saveArticle({ ...form({ title, rubricId, publishAt }), id: draft.id, version: 1 }),
    );
    expect(saved.slug).toBe(draft.slug);
    ok(await scheduleArticle({ id: draft.id, version: saved.version, publishAt }));
    const [row] = await t.current.db
      .select({ slug: articles.slug, status: articles.status })
      .from(articles)
      .where(eq(articles.id, draft.id));
    expect(row).toEqual({ slug: draft.slug, status: 'scheduled' });
  });

  it('[EDITOR][SLUG] a typed slug that looks like title-N stays the editor’s choice after a new title', async () => {
    signInAs(editor);
    const created = ok(
      await createArticleAction(
        form({ title: 'Итоги', slug: 'itogi-2025', slugManual: true, rubricId }),
      ),
    );
    expect(created.slug).toBe('itogi-2025');
    const loaded = await t.current.db
      .select({ slugManual: articles.slugManual })
      .from(articles)
      .where(eq(articles.id, created.id));
    expect(loaded).toEqual([{ slugManual: true }]);
    const retitled = ok(
      await saveArticle({
        ...form({ title: 'Итоги года', slug: 'itogi-2025', slugManual: true, rubricId }),
        id: created.id,
        version: created.version,
      }),
    );
    expect(retitled.slug).toBe('itogi-2025');
    // «Вернуть автоматический адрес» hands the slug back to the title.
    const automatic = ok(
      await saveArticle({
        ...form({ title: 'Итоги года', slug: 'itogi-2025', slugManual: false, rubricId }),
        id: created.id,
        version: retitled.version,
      }),
    );
    expect(automatic.slug).toBe('itogi-goda');
  });

  it('[EDITOR][ACCESS] an author cannot save or submit another author’s article', async () => {
    signInAs(author);
    const mine = ok(await createArticleAction(form({ title: 'Чужой черновик' })));
    signInAs(other);
    expect(await saveArticle({ ...form(), id: mine.id, version: mine.version })).toEqual({
      ok: false,
      code: 'forbidden',
      error: FORBIDDEN,
    });
    expect(await submitArticle({ id: mine.id, version: mine.version })).toEqual({
      ok: false,
      code: 'forbidden',
      error: FORBIDDEN,
    });
    expect(await publishArticle({ id: mine.id, version: mine.version })).toEqual({
      ok: false,
      code: 'forbidden',
      error: FORBIDDEN,
    });
  });

  it('[EDITOR][LOCKING] a stale save is refused with the code `stale`, naming who saved, and rolls back what it created', async () => {
    signInAs(author);
    const created = ok(await createArticleAction(form({ title: 'Общий текст' })));
    ok(await saveArticle({ ...form({ lead: 'Правка автора' }), id: created.id, version: 1 }));
    signInAs(editor);
    const tagName = `Тег отказа ${Date.now()}`;
    const stale = await saveArticle({
      ...form({ lead: 'Правка редактора', tags: [tagName] }),
      id: created.id,
      version: 1,
    });
    // The editor opens its conflict view on the code, never on the wording.
    expect(stale).toMatchObject({ ok: false, code: 'stale' });
    expect(!stale.ok && stale.error).toMatch(
      /^Статья изменена другим редактором \(Автор Первый, в \d\d:\d\d\)\. Ваши изменения не сохранены/,
    );
    const leftovers = await t.current.db.select().from(tags).where(eq(tags.name, tagName));
    expect(leftovers).toEqual([]);
  });

  it('[EDITOR][WORKFLOW] publishing names what is missing, then publishes; the slug is fixed and a rename redirects', async () => {
    signInAs(author);
    const created = ok(await createArticleAction(form({ title: 'Новость без рубрики', lead: '' })));
    const submitted = ok(await submitArticle({ id: created.id, version: created.version }));
    signInAs(editor);
    const refused = await publishArticle({ id: created.id, version: submitted.version });
    expect(refused).toEqual({
      ok: false,
      code: 'rejected',
      error: 'Нельзя выпустить материал: укажите лид, рубрику.',
    });
    const saved = ok(
      await saveArticle({
        ...form({ title: 'Новость без рубрики', rubricId }),
        id: created.id,
        version: submitted.version,
      }),
    );
    const published = ok(await publishArticle({ id: created.id, version: saved.version }));
    expect(published.status).toBe('published');
    // A new title no longer changes the fixed slug…
    const retitled = ok(
      await saveArticle({
        ...form({ title: 'Совсем другой заголовок', rubricId }),
        publishAt: dateToZonedInput(new Date(published.publishAt!), 'Asia/Almaty'),
        id: created.id,
        version: published.version,
      }),
    );
    expect(retitled.slug).toBe(saved.slug);
    // …but an editor may rename it, and the old address answers with a redirect.
    const renamed = ok(
      await saveArticle({
        ...form({
          title: 'Совсем другой заголовок',
          rubricId,
          slug: 'novyy-adres',
          slugManual: true,
        }),
        publishAt: dateToZonedInput(new Date(published.publishAt!), 'Asia/Almaty'),
        id: created.id,
        version: retitled.version,
      }),
    );
    expect(renamed.slug).toBe('novyy-adres');
    expect(await resolveArticleSlug(t.current.db, { slug: saved.slug })).toEqual({
      kind: 'renamed',
      id: created.id,
      currentSlug: 'novyy-adres',
      locale: 'ru',
    });
    const off = ok(
      await unpublishArticle({ id: created.id, version: renamed.version, to: 'draft' }),
    );
    expect(off.status).toBe('draft');
    expect(await resolveArticleSlug(t.current.db, { slug: 'novyy-adres' })).toEqual({
      kind: 'missing',
    });
    const revisions = await t.current.db
      .select({ version: articleRevisions.version })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, created.id));
    expect(revisions.map((r) => r.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('[EDITOR][EMBARGO] a publish time before the embargo is refused in Russian', async () => {
    const article = await createArticle(t.current.db, {
      status: 'draft',
      rubricId,
      authorIds: [author.id],
      embargoUntil: new Date(Date.now() + 2 * 3_600_000),
    });
    signInAs(editor);
    const inAnHour = dateToZonedInput(new Date(Date.now() + 3_600_000), 'Asia/Almaty');
    const refused = await scheduleArticle({ id: article.id, version: 1, publishAt: inAnHour });
    expect(!refused.ok && refused.error).toMatch(
      /^Материал под эмбарго до .+ не может быть раньше/,
    );
    const now = await publishArticle({ id: article.id, version: 1 });
    expect(now.ok).toBe(false);
  });

  it('[EDITOR][BODY] a body the model refuses comes back as the model’s Russian sentence', async () => {
    signInAs(author);
    const bad = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
          ],
        },
      ],
    };
    const result = await createArticleAction(form({ body: bad }));
    expect(!result.ok && result.error).toMatch(/^Текст статьи: Недопустимая ссылка/);
  });

  it('[EDITOR][CACHE] public changes expire the article, its address, listings, rubric and archive units in the site zone; drafts expire none', () => {
    const publishAt = new Date('2026-03-07T20:30:00Z');
    expect(articleCacheTags(5, { status: 'draft', rubricId: 3, publishAt: null })).toEqual([]);
    const tags = articleCacheTags(
      5,
      { status: 'published', slug: 'novost', rubricId: 3, publishAt, tags: [{ tagId: 8 }] },
      { status: 'draft', rubricId: 4, publishAt },
    );
    expect(tags.sort()).toEqual(
      [
        'article:5',
        'day:2026-03-08',
        'home',
        'latest',
        'month:2026-03',
        'rubric:3',
        'slug:novost',
        'sitemap',
        'tag:8',
        'year:2026',
      ].sort(),
    );
  });

  it('[EDITOR][CORRECTIONS] editors add corrections to published articles only; authors may not', async () => {
    const published = await createArticle(t.current.db, { rubricId });
    const draft = await createArticle(t.current.db, { status: 'draft' });
    signInAs(author);
    expect(await addCorrection({ articleId: published.id, text: 'Исправлена фамилия.' })).toEqual({
      ok: false,
      code: 'forbidden',
      error: FORBIDDEN,
    });
    signInAs(editor);
    expect((await addCorrection({ articleId: published.id, text: 'Исправлена фамилия.' })).ok).toBe(
      true,
    );
    const refused = await addCorrection({ articleId: draft.id, text: 'Исправлена фамилия.' });
    expect(!refused.ok && refused.error).toBe(
      'Исправления добавляют только к опубликованным материалам.',
    );
  });
});
