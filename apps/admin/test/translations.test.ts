import { recordingEndpoint } from '@vestnik/cache/testing';
import { createArticle, createRubric, createUser } from '@vestnik/db/factories';
import { listAuditLog } from '@vestnik/db/queries/audit';
import { getArticleTranslation } from '@vestnik/db/queries/translations';
import * as s from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArticle as createArticleAction } from '@/actions/articles/create-article';
import { createTranslation } from '@/actions/articles/create-translation';
import { linkTranslation } from '@/actions/articles/link-translation';
import { saveArticle } from '@/actions/articles/save-article';
import { unlinkTranslation } from '@/actions/articles/unlink-translation';
import { updateRubric } from '@/actions/rubrics/update-rubric';
import { renameTag } from '@/actions/tags/rename-tag';
import { FORBIDDEN } from '@/lib/action';
import { articlePath, kazakhLettersIn, kazakhSuggestion } from '@/lib/articles/language';
import { LOCALE_LOCKED, LOCALE_TAKEN_BY_TRANSLATION } from '@/lib/articles/locale-change';
import { describeAuditSummary } from '@/lib/audit-summary';
import { formatDateTime } from '@/lib/format';
import { articleForm, ok } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-real-ip': '198.51.100.21' }),
}));

const t = adminTestDatabase();
let site: Awaited<ReturnType<typeof recordingEndpoint>>;

beforeAll(async () => {
  site = await recordingEndpoint([200]);
  vi.stubEnv('SITE_URL', site.url);
  vi.stubEnv('REVALIDATE_SECRET', 'r'.repeat(32));
  vi.stubEnv('PURGE_URLS', '');
});
afterAll(() => site.close());

/** The tags the admin asked the site to expire since `from`. */
const sentTags = (from: number) =>
  site.seen.slice(from).flatMap((r) => (JSON.parse(r.body) as { tags: string[] }).tags);

async function describedEntry(action: string, id: number) {
  const rows = await listAuditLog(t.current.db, { limit: 50, action, entityType: 'article' });
  const entry = rows.find((r) => r.entityId === String(id));
  if (!entry) throw new Error(`no ${action} entry for ${id}`);
  return describeAuditSummary(entry.summary, {
    entityType: 'article',
    formatDate: formatDateTime,
  }).map((line) =>
    line.kind === 'changed' ? `${line.label}: ${line.before} → ${line.after}` : line,
  );
}

const row = async (id: number) =>
  (await t.current.db.select().from(s.articles).where(eq(s.articles.id, id)))[0]!;

describe('the language of an article', () => {
  it('[EDITOR][LANGUAGE] Kazakh-only letters suggest Kazakh for a Russian text, never for a Kazakh one', () => {
    expect(kazakhLettersIn('Посевная стартовала.')).toEqual([]);
    expect(kazakhLettersIn('Қазақстан', 'өңірлерінде ЕГІС')).toEqual(['қ', 'ң', 'ө', 'і']);
    expect(kazakhSuggestion('ru', 'Қазақстан өңірлерінде')).toBe(
      'Текст похож на казахский: қ, ң, ө… Сменить язык на казахский?',
    );
    expect(kazakhSuggestion('ru', 'Әлем')).toBe(
      'Текст похож на казахский: ә. Сменить язык на казахский?',
    );
    expect(kazakhSuggestion('kk', 'Қазақстан')).toBeUndefined();
    expect(kazakhSuggestion('ru', 'Встреча в Астане')).toBeUndefined();
    expect(articlePath('kk', 'zhanalyq')).toBe('/kk/news/zhanalyq');
    expect(articlePath('ru', 'novost')).toBe('/news/novost');
  });

  it('[EDITOR][LANGUAGE] saved with the article; changeable until the first publish, then by editors only', async () => {
    const db = t.current.db;
    const author = await createUser(db, { role: 'author' });
    const editor = await createUser(db, { role: 'editor' });
    signInAs(author);
    const created = ok(await createArticleAction(articleForm({ locale: 'kk' })));
    expect((await row(created.id)).locale).toBe('kk');
    // A save without the field leaves the language as it is; an unknown one is refused.
    const kept = ok(await saveArticle({ ...articleForm(), ...created }));
    expect((await row(created.id)).locale).toBe('kk');
    expect(await saveArticle({ ...articleForm({ locale: 'en' }), ...kept })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { locale: 'Выберите язык: русский или казахский.' },
    });
    const ru = ok(await saveArticle({ ...articleForm({ locale: 'ru' }), ...kept }));
    expect((await row(created.id)).locale).toBe('ru');
    expect(await describedEntry('article.save', created.id)).toContain('язык: казахский → русский');

    // Published once (then back to draft): the author may edit it again but not its language.
    await db
      .update(s.articles)
      .set({ firstPublishedAt: new Date(Date.now() - 86_400_000) })
      .where(eq(s.articles.id, created.id));
    const refused = await saveArticle({ ...articleForm({ locale: 'kk' }), ...ru });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden', error: LOCALE_LOCKED });
    expect((await row(created.id)).locale).toBe('ru');
    signInAs(editor);
    ok(await saveArticle({ ...articleForm({ locale: 'kk' }), ...ru }));
    expect((await row(created.id)).locale).toBe('kk');
  });

  it('[EDITOR][LANGUAGE] an article linked to a translation cannot take the translation’s language', async () => {
    const db = t.current.db;
    const editor = await createUser(db, { role: 'editor' });
    signInAs(editor);
    const ru = await createArticle(db, { status: 'draft', authorIds: [editor.id] });
    const kk = await createArticle(db, { status: 'draft', locale: 'kk' });
    ok(await linkTranslation({ id: ru.id, translationId: kk.id }));
    const result = await saveArticle({
      ...articleForm({ locale: 'kk', title: ru.title }),
      id: ru.id,
      version: ru.version,
    });
    expect(result).toMatchObject({ ok: false, error: LOCALE_TAKEN_BY_TRANSLATION });
  });
});

describe('linked translations', () => {
  it('[EDITOR][TRANSLATION] an author creates the Kazakh translation of their own article: a prefilled draft, linked both ways, audited', async () => {
    const db = t.current.db;
    const author = await createUser(db, { role: 'author', name: 'Автор Переводчик' });
    const rubric = await createRubric(db);
    signInAs(author);
    const original = ok(
      await createArticleAction(
        articleForm({ title: 'Встреча в Астане', rubricId: rubric.id, tags: ['Дипломатия'] }),
      ),
    );
    const from = site.seen.length;
    const created = ok(await createTranslation({ id: original.id }));
    expect(created.locale).toBe('kk');
    const copy = await row(created.id);
    expect(copy).toMatchObject({
      title: 'Встреча в Астане',
      lead: 'Аграрии вышли в поле.',
      status: 'draft',
      locale: 'kk',
      rubricId: rubric.id,
      translationGroup: original.id,
      createdBy: author.id,
    });
    expect((await row(original.id)).translationGroup).toBe(original.id);
    expect(await getArticleTranslation(db, { articleId: created.id })).toMatchObject({
      id: original.id,
      locale: 'ru',
    });
    const copiedTags = await db
      .select()
      .from(s.articleTags)
      .where(eq(s.articleTags.articleId, created.id));
    expect(copiedTags).toHaveLength(1);
    expect(await describedEntry('article.translation.create', created.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'язык', value: 'казахский' }),
        expect.objectContaining({ label: 'перевод материала', value: `№ ${original.id}` }),
      ]),
    );
    expect(sentTags(from)).toEqual(
      expect.arrayContaining([`article:${original.id}`, `article:${created.id}`]),
    );
    // The new draft is the author's own: they may open and save it.
    ok(
      await saveArticle({
        ...articleForm({ title: 'Астанадағы кездесу', locale: 'kk' }),
        ...created,
        version: copy.version,
      }),
    );
    // A second translation into Kazakh is refused in words.
    const again = await createTranslation({ id: original.id });
    expect(again).toMatchObject({ ok: false, code: 'rejected' });
    expect(!again.ok && again.error).toContain('уже есть перевод');
    // Another author's article is not theirs to translate.
    const stranger = await createArticle(db, { status: 'draft' });
    expect(await createTranslation({ id: stranger.id })).toEqual({
      ok: false,
      code: 'forbidden',
      error: FORBIDDEN,
    });
  });

  it('[EDITOR][TRANSLATION] an editor links and unlinks; same-language and already-translated articles are refused; both pages are expired', async () => {
    const db = t.current.db;
    const editor = await createUser(db, { role: 'editor' });
    signInAs(editor);
    const ru = await createArticle(db, { title: 'Курс тенге укрепился' });
    const ru2 = await createArticle(db, { title: 'Курс тенге: итоги недели' });
    const kk = await createArticle(db, { title: 'Теңге бағамы нығайды', locale: 'kk' });
    const kk2 = await createArticle(db, { title: 'Теңге бағамы: апта қорытындысы', locale: 'kk' });

    const sameLanguage = await linkTranslation({ id: ru.id, translationId: ru2.id });
    expect(sameLanguage).toMatchObject({ ok: false, code: 'rejected' });
    expect(!sameLanguage.ok && sameLanguage.error).toContain(
      'переводом может быть только материал на другом языке',
    );

    const from = site.seen.length;
    expect(ok(await linkTranslation({ id: ru.id, translationId: kk.id }))).toEqual({
      id: kk.id,
      title: kk.title,
      locale: 'kk',
    });
    expect(sentTags(from).sort()).toEqual([`article:${kk.id}`, `article:${ru.id}`].sort());
    expect((await row(ru.id)).translationGroup).toBe(Math.min(ru.id, kk.id));
    expect(await describedEntry('article.translation.link', ru.id)).toEqual(
      expect.arrayContaining([`перевод: — → № ${kk.id}`]),
    );

    const taken = await linkTranslation({ id: ru2.id, translationId: kk.id });
    expect(taken).toMatchObject({ ok: false, code: 'rejected' });
    expect(!taken.ok && taken.error).toBe(
      `У материала «${kk.title}» уже есть перевод на русский: «${ru.title}». У материала может быть только один перевод на каждый язык.`,
    );
    const busy = await linkTranslation({ id: ru.id, translationId: kk2.id });
    expect(!busy.ok && busy.error).toBe(
      `У этого материала уже есть перевод: «${kk.title}». Сначала отвяжите его.`,
    );

    const before = site.seen.length;
    ok(await unlinkTranslation({ id: kk.id }));
    expect(sentTags(before).sort()).toEqual([`article:${kk.id}`, `article:${ru.id}`].sort());
    expect((await row(ru.id)).translationGroup).toBeNull();
    expect((await row(kk.id)).translationGroup).toBeNull();
    expect(await describedEntry('article.translation.unlink', kk.id)).toEqual(
      expect.arrayContaining([`перевод: № ${ru.id} → —`]),
    );
    // Both articles stay as they were (unlinking touches nothing else).
    expect((await row(ru.id)).status).toBe('published');
    expect(await unlinkTranslation({ id: kk.id })).toMatchObject({ ok: false, code: 'stale' });
  });

  it('[EDITOR][TRANSLATION] an author links only their own drafts', async () => {
    const db = t.current.db;
    const author = await createUser(db, { role: 'author' });
    const other = await createUser(db, { role: 'author' });
    signInAs(author);
    const mine = await createArticle(db, { status: 'draft', authorIds: [author.id] });
    const myKk = await createArticle(db, { status: 'draft', locale: 'kk', authorIds: [author.id] });
    const theirKk = await createArticle(db, {
      status: 'draft',
      locale: 'kk',
      authorIds: [other.id],
    });
    const theirRu = await createArticle(db, { status: 'draft', authorIds: [other.id] });
    expect(await linkTranslation({ id: mine.id, translationId: theirKk.id })).toEqual({
      ok: false,
      code: 'forbidden',
      error: FORBIDDEN,
    });
    expect(await linkTranslation({ id: theirRu.id, translationId: myKk.id })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    ok(await linkTranslation({ id: mine.id, translationId: myKk.id }));
    expect((await row(myKk.id)).translationGroup).toBe(mine.id);
  });
});

describe('Kazakh names of rubrics and tags', () => {
  it('[ADMIN][TAXONOMY][KK] saved trimmed, limited like the Russian ones, audited, and the site’s tags expired', async () => {
    const db = t.current.db;
    const editor = await createUser(db, { role: 'editor' });
    signInAs(editor);
    const rubric = await createRubric(db);
    const from = site.seen.length;
    ok(
      await updateRubric({
        id: rubric.id,
        name: rubric.name,
        description: '',
        nameKk: '  Экономика  ',
        descriptionKk: 'Қаржы жаңалықтары',
      }),
    );
    const [saved] = await db.select().from(s.rubrics).where(eq(s.rubrics.id, rubric.id));
    expect(saved).toMatchObject({ nameKk: 'Экономика', descriptionKk: 'Қаржы жаңалықтары' });
    expect(sentTags(from)).toEqual(expect.arrayContaining(['rubrics', `rubric:${rubric.id}`]));
    expect(
      await updateRubric({ id: rubric.id, name: rubric.name, nameKk: 'ә'.repeat(101) }),
    ).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { nameKk: 'Название на казахском: не длиннее 100 символов.' },
    });

    const [tag] = await db
      .insert(s.tags)
      .values({ name: 'Погода', slug: `pogoda-${rubric.id}` })
      .returning();
    const before = site.seen.length;
    ok(await renameTag({ id: tag!.id, name: 'Погода', nameKk: ' Ауа райы ' }));
    const [renamed] = await db.select().from(s.tags).where(eq(s.tags.id, tag!.id));
    expect(renamed).toMatchObject({ name: 'Погода', nameKk: 'Ауа райы' });
    expect(sentTags(before)).toEqual([`tag:${tag!.id}`]);
    const rows = await listAuditLog(db, { limit: 5, action: 'tag.rename', entityType: 'tag' });
    const entry = rows.find((r) => r.entityId === String(tag!.id))!;
    expect(
      describeAuditSummary(entry.summary, { entityType: 'tag', formatDate: formatDateTime }),
    ).toEqual([
      {
        kind: 'changed',
        field: 'nameKk',
        label: 'название на казахском',
        before: '—',
        after: 'Ауа райы',
      },
    ]);
  });
});
