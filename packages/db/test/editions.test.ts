import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  findAdjacentArchiveDays,
  listArchiveDay,
  listArchiveDayCounts,
  listArchiveMonths,
  listArchiveMonthsWithNews,
} from '../src/queries/archive.ts';
import {
  getVisibleArticle,
  listLatestArticles,
  resolveArticleSlug,
} from '../src/queries/articles.ts';
import {
  getFeedRubric,
  listFeedArticles,
  listNewsSitemapArticles,
  listSitemapArticles,
} from '../src/queries/feeds.ts';
import { getBreakingArticle, getLeadArticle, listRubricBlocks } from '../src/queries/home.ts';
import {
  getRubricBySlug,
  getTagBySlug,
  listAuthorArticles,
  listRubricArticles,
  listSourceArticles,
  listTagArticles,
} from '../src/queries/listings.ts';
import { listPopularArticles } from '../src/queries/popular.ts';
import { advancePopularWindows } from '../src/queries/popular-windows.ts';
import { listRelatedArticles } from '../src/queries/related.ts';
import { listArticlesWentLive } from '../src/queries/schedule.ts';
import { searchArticles } from '../src/queries/search.ts';
import { listRubrics } from '../src/queries/taxonomy.ts';
import { listVisibleTranslations } from '../src/queries/translations-public.ts';
import * as s from '../src/schema/index.ts';
import { createArticle, createRubric, createSource, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
const timeZone = 'Asia/Almaty';
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

async function createTag(name: string, nameKk = '') {
  const slug = `tag-${Math.random().toString(36).slice(2, 10)}`;
  const [tag] = await t.current.db.insert(s.tags).values({ slug, name, nameKk }).returning();
  return tag!;
}

/** A Russian article and its Kazakh translation (one translation group). */
async function createPair(ru: Parameters<typeof createArticle>[1], kk = ru) {
  const db = t.current.db;
  const first = await createArticle(db, { ...ru, locale: 'ru' });
  const [withGroup] = await db
    .update(s.articles)
    .set({ translationGroup: first.id })
    .where(eqId(first.id))
    .returning();
  const second = await createArticle(db, { ...kk, locale: 'kk', translationGroup: first.id });
  return { ru: withGroup!, kk: second };
}

const eqId = (id: number) => eq(s.articles.id, id);

describe('the Kazakh edition', () => {
  it('[SITE][EDITION] the Kazakh home lists only Kazakh articles', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db, { name: 'Экономика', nameKk: 'Экономика (kk)' });
    const kkLead = await createArticle(db, {
      locale: 'kk',
      featured: true,
      breaking: true,
      rubricId: rubric.id,
      publishAt: ago(3),
    });
    const ruLead = await createArticle(db, {
      featured: true,
      breaking: true,
      rubricId: rubric.id,
      publishAt: ago(2),
    });
    expect((await getLeadArticle(db, { locale: 'kk' }))?.id).toBe(kkLead.id);
    expect((await getLeadArticle(db, { locale: 'ru' }))?.id).toBe(ruLead.id);
    expect((await getBreakingArticle(db, { locale: 'kk' }))?.id).toBe(kkLead.id);
    expect((await getBreakingArticle(db, { locale: 'ru' }))?.id).toBe(ruLead.id);
    expect(await getLeadArticle(db, { locale: 'kk' })).toMatchObject({
      rubricName: 'Экономика (kk)',
    });

    const kkBlock = (await listRubricBlocks(db, { locale: 'kk', perRubric: 5 })).find(
      (b) => b.id === rubric.id,
    )!;
    expect(kkBlock.name).toBe('Экономика (kk)');
    expect(ids(kkBlock.articles)).toEqual([kkLead.id]);
    expect(kkBlock.articles[0]!.rubricName).toBe('Экономика (kk)');
    const ruBlock = (await listRubricBlocks(db, { locale: 'ru', perRubric: 5 })).find(
      (b) => b.id === rubric.id,
    )!;
    expect(ruBlock.name).toBe('Экономика');
    expect(ids(ruBlock.articles)).toEqual([ruLead.id]);

    const kkLatest = ids(await listLatestArticles(db, { locale: 'kk', limit: 100 }));
    expect(kkLatest).toContain(kkLead.id);
    expect(kkLatest).not.toContain(ruLead.id);
    expect(ids(await listLatestArticles(db, { locale: 'ru', limit: 100 }))).not.toContain(
      kkLead.id,
    );
  });

  it('[SITE][EDITION] rubric, tag, author and source listings hold only the edition’s articles', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const tag = await createTag('Тема');
    const author = await createUser(db);
    const source = await createSource(db);
    const make = async (locale: 'ru' | 'kk') => {
      const a = await createArticle(db, { locale, rubricId: rubric.id, authorIds: [author.id] });
      await db.insert(s.articleTags).values({ articleId: a.id, tagId: tag.id });
      await db
        .insert(s.articleSources)
        .values({ articleId: a.id, sourceId: source.id, role: 'origin' });
      return a;
    };
    const ru = await make('ru');
    const kk = await make('kk');
    for (const locale of ['ru', 'kk'] as const) {
      const mine = locale === 'ru' ? ru.id : kk.id;
      const pages = await Promise.all([
        listRubricArticles(db, { locale, id: rubric.id, limit: 10 }),
        listTagArticles(db, { locale, id: tag.id, limit: 10 }),
        listAuthorArticles(db, { locale, id: author.id, limit: 10 }),
        listSourceArticles(db, { locale, id: source.id, limit: 10 }),
      ]);
      for (const page of pages) expect(ids(page.articles)).toEqual([mine]);
    }
  });

  it('[SITE][EDITION] rubric and tag names are Kazakh in the Kazakh edition, Russian where untranslated', async () => {
    const db = t.current.db;
    const translated = await createRubric(db, {
      name: 'Спорт',
      nameKk: 'Спорт (kk)',
      description: 'Новости спорта',
      descriptionKk: 'Спорт жаңалықтары',
    });
    const untranslated = await createRubric(db, { name: 'Культура', description: 'О культуре' });
    expect(await getRubricBySlug(db, { locale: 'kk', slug: translated.slug })).toMatchObject({
      name: 'Спорт (kk)',
      description: 'Спорт жаңалықтары',
    });
    expect(await getRubricBySlug(db, { locale: 'ru', slug: translated.slug })).toMatchObject({
      name: 'Спорт',
      description: 'Новости спорта',
    });
    expect(await getRubricBySlug(db, { locale: 'kk', slug: untranslated.slug })).toMatchObject({
      name: 'Культура',
      description: 'О культуре',
    });
    expect(await getFeedRubric(db, { locale: 'kk', slug: translated.slug })).toMatchObject({
      name: 'Спорт (kk)',
    });

    const nav = async (locale: 'ru' | 'kk') =>
      Object.fromEntries((await listRubrics(db, { locale })).map((r) => [r.id, r.name]));
    expect((await nav('kk'))[translated.id]).toBe('Спорт (kk)');
    expect((await nav('kk'))[untranslated.id]).toBe('Культура');
    expect((await nav('ru'))[translated.id]).toBe('Спорт');

    const tag = await createTag('Выборы', 'Сайлау');
    const plain = await createTag('Погода');
    expect(await getTagBySlug(db, { locale: 'kk', slug: tag.slug })).toMatchObject({
      name: 'Сайлау',
    });
    expect(await getTagBySlug(db, { locale: 'ru', slug: tag.slug })).toMatchObject({
      name: 'Выборы',
    });
    expect(await getTagBySlug(db, { locale: 'kk', slug: plain.slug })).toMatchObject({
      name: 'Погода',
    });

    // The article page names them in the article's own language.
    const kk = await createArticle(db, { locale: 'kk', rubricId: translated.id });
    const ru = await createArticle(db, { locale: 'ru', rubricId: translated.id });
    await db.insert(s.articleTags).values([
      { articleId: kk.id, tagId: tag.id },
      { articleId: kk.id, tagId: plain.id },
      { articleId: ru.id, tagId: tag.id },
    ]);
    const kkPage = (await getVisibleArticle(db, { id: kk.id }))!;
    expect(kkPage.rubric?.name).toBe('Спорт (kk)');
    expect(kkPage.tags.map((x) => x.name).sort()).toEqual(['Погода', 'Сайлау']);
    const ruPage = (await getVisibleArticle(db, { id: ru.id }))!;
    expect(ruPage.rubric?.name).toBe('Спорт');
    expect(ruPage.tags.map((x) => x.name)).toEqual(['Выборы']);
  });

  it('[SITE][EDITION] an article lists its visible translations only; slugs resolve in either edition', async () => {
    const db = t.current.db;
    const pair = await createPair({ title: 'Саммит в Астане' }, { title: 'Астанадағы саммит' });
    expect(await listVisibleTranslations(db, { articleId: pair.ru.id })).toEqual([
      { id: pair.kk.id, locale: 'kk', slug: pair.kk.slug, title: 'Астанадағы саммит' },
    ]);
    expect(await listVisibleTranslations(db, { articleId: pair.kk.id })).toEqual([
      { id: pair.ru.id, locale: 'ru', slug: pair.ru.slug, title: 'Саммит в Астане' },
    ]);
    const page = (await getVisibleArticle(db, { id: pair.kk.id }))!;
    expect(page).toMatchObject({ locale: 'kk', translationGroup: pair.ru.id });
    expect(page.translations.map((x) => x.id)).toEqual([pair.ru.id]);
    expect(await resolveArticleSlug(db, { slug: pair.kk.slug })).toEqual({
      kind: 'current',
      id: pair.kk.id,
      locale: 'kk',
    });

    // A translation still in draft, or scheduled for later, is not offered.
    const draft = await createPair({}, { status: 'draft' });
    expect(await listVisibleTranslations(db, { articleId: draft.ru.id })).toEqual([]);
    const later = await createPair({}, { status: 'scheduled', publishAt: ago(-5) });
    expect(await listVisibleTranslations(db, { articleId: later.ru.id })).toEqual([]);
    expect(
      ids(await listVisibleTranslations(db, { articleId: later.ru.id, now: ago(-6) })),
    ).toEqual([later.kk.id]);
    const alone = await createArticle(db);
    expect(await listVisibleTranslations(db, { articleId: alone.id })).toEqual([]);
    expect((await getVisibleArticle(db, { id: alone.id }))!.translations).toEqual([]);
  });

  it('[SITE][EDITION] each edition’s archive counts and lists only its language', async () => {
    const db = t.current.db;
    // Asia/Almaty is UTC+6 in 2009: 1 March 02:00 local is 28 February 20:00 UTC, so the month's
    // first hours come from the live edge count and the rest from article_days.
    const at = (iso: string) => new Date(iso);
    const ru = [
      await createArticle(db, { publishAt: at('2009-02-28T20:00:00Z') }),
      await createArticle(db, { publishAt: at('2009-03-05T09:00:00Z') }),
      await createArticle(db, { publishAt: at('2009-03-07T09:00:00Z') }),
      await createArticle(db, { publishAt: at('2009-04-02T09:00:00Z') }),
    ];
    const kk = [
      await createArticle(db, { locale: 'kk', publishAt: at('2009-02-28T21:00:00Z') }),
      await createArticle(db, { locale: 'kk', publishAt: at('2009-03-09T09:00:00Z') }),
    ];
    const months = async (locale: 'ru' | 'kk') =>
      await listArchiveMonths(db, { locale, timeZone, year: 2009 });
    expect(await months('ru')).toEqual([
      { year: 2009, month: 4, count: 1 },
      { year: 2009, month: 3, count: 3 },
    ]);
    expect(await months('kk')).toEqual([{ year: 2009, month: 3, count: 2 }]);
    const all = await listArchiveMonths(db, { locale: 'kk', timeZone });
    expect(all.filter((m) => m.year === 2009)).toEqual([{ year: 2009, month: 3, count: 2 }]);
    const withNews = await listArchiveMonthsWithNews(db, { locale: 'kk', timeZone });
    expect(withNews.filter((m) => m.year === 2009)).toEqual([{ year: 2009, month: 3 }]);

    expect(
      await listArchiveDayCounts(db, { locale: 'kk', timeZone, year: 2009, month: 3 }),
    ).toEqual([
      { day: '2009-03-01', count: 1 },
      { day: '2009-03-09', count: 1 },
    ]);
    expect(
      ids(await listArchiveDay(db, { locale: 'ru', timeZone, day: '2009-03-01', limit: 9 })),
    ).toEqual([ru[0]!.id]);
    expect(
      ids(await listArchiveDay(db, { locale: 'kk', timeZone, day: '2009-03-01', limit: 9 })),
    ).toEqual([kk[0]!.id]);
    // Days with Russian news only are skipped by the Kazakh archive.
    expect(
      await findAdjacentArchiveDays(db, { locale: 'kk', timeZone, day: '2009-03-05' }),
    ).toMatchObject({ previous: '2009-03-01', next: '2009-03-09' });
    expect(
      await findAdjacentArchiveDays(db, { locale: 'ru', timeZone, day: '2009-03-05' }),
    ).toMatchObject({ previous: '2009-03-01', next: '2009-03-07' });
  });

  it('[SITE][EDITION] Популярное ranks only the edition’s articles, in every period', async () => {
    const db = t.current.db;
    const now = new Date('2035-06-10T06:00:00Z');
    const publishAt = new Date('2035-06-01T06:00:00Z');
    const make = async (locale: 'ru' | 'kk', views: number) => {
      const a = await createArticle(db, { locale, publishAt, viewCount: views + 1_000_000 });
      await db.insert(s.articleViewsDaily).values({ articleId: a.id, day: '2035-06-10', views });
      return a.id;
    };
    const ru = [await make('ru', 900), await make('ru', 800)];
    const kk = [await make('kk', 500), await make('kk', 400)];
    const list = async (locale: 'ru' | 'kk', period: 'day' | 'month' | 'all') =>
      ids(await listPopularArticles(db, { locale, period, limit: 2, timeZone, now }));
    // Summed from the daily rows (the windows do not start today yet) …
    expect(await list('kk', 'day')).toEqual(kk);
    expect(await list('ru', 'month')).toEqual(ru);
    expect(await list('kk', 'all')).toEqual(kk);
    expect(await list('ru', 'all')).toEqual(ru);
    // … and from the running totals.
    await advancePopularWindows(db, { today: '2035-06-10' });
    expect(await list('kk', 'day')).toEqual(kk);
    expect(await list('kk', 'month')).toEqual(kk);
    expect(await list('ru', 'day')).toEqual(ru);
  });

  it('[SITE][EDITION] feeds and the news sitemap are per edition; sitemap rows carry locale and the visible translation', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db, { name: 'Мир', nameKk: 'Әлем' });
    const pair = await createPair({ rubricId: rubric.id, publishAt: ago(1) });
    const lonely = await createArticle(db, {
      locale: 'kk',
      rubricId: rubric.id,
      publishAt: ago(1),
    });
    const hiddenPair = await createPair({ publishAt: ago(1) }, { status: 'draft' });

    const kkFeed = await listFeedArticles(db, { locale: 'kk', limit: 50, rubricId: rubric.id });
    expect(ids(kkFeed).sort()).toEqual([pair.kk.id, lonely.id].sort());
    expect(kkFeed[0]!.rubricName).toBe('Әлем');
    const ruFeed = await listFeedArticles(db, { locale: 'ru', limit: 50, rubricId: rubric.id });
    expect(ids(ruFeed)).toEqual([pair.ru.id]);
    expect(ruFeed[0]!.rubricName).toBe('Мир');

    const news = await listNewsSitemapArticles(db, { locale: 'kk', since: ago(2) });
    expect(news.every((n) => n.locale === 'kk')).toBe(true);
    expect(news.map((n) => n.slug)).toContain(pair.kk.slug);
    expect(news.map((n) => n.slug)).not.toContain(pair.ru.slug);

    const rows = await listSitemapArticles(db, { from: ago(2), to: new Date() });
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    expect(bySlug.get(pair.ru.slug)).toMatchObject({
      locale: 'ru',
      alternates: [{ locale: 'kk', slug: pair.kk.slug }],
    });
    expect(bySlug.get(pair.kk.slug)).toMatchObject({
      locale: 'kk',
      alternates: [{ locale: 'ru', slug: pair.ru.slug }],
    });
    expect(bySlug.get(lonely.slug)).toMatchObject({ locale: 'kk', alternates: [] });
    expect(bySlug.get(hiddenPair.ru.slug)).toMatchObject({ locale: 'ru', alternates: [] });
    expect(bySlug.has(hiddenPair.kk.slug)).toBe(false);
  });

  it('[SITE][EDITION] related articles and search stay in the edition’s language', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const tag = await createTag('Урожай');
    const make = async (locale: 'ru' | 'kk', hours: number) => {
      const a = await createArticle(db, {
        locale,
        rubricId: rubric.id,
        publishAt: ago(hours),
        title: `Урожай пшеницы ${locale} ${hours}`,
      });
      await db.insert(s.articleTags).values({ articleId: a.id, tagId: tag.id });
      return a.id;
    };
    const kk = [await make('kk', 10), await make('kk', 11), await make('kk', 12)];
    const ru = [await make('ru', 10.5), await make('ru', 11.5)];
    // A hand-picked link to the other language is not shown either.
    await db.insert(s.articleRelated).values({ articleId: kk[0]!, relatedId: ru[0]!, position: 0 });
    const related = ids(
      await listRelatedArticles(db, { articleId: kk[0]!, locale: 'kk', limit: 6 }),
    );
    expect(related.length).toBeGreaterThan(0);
    expect(related).toEqual(expect.arrayContaining([kk[1], kk[2]]));
    for (const id of ru) expect(related).not.toContain(id);

    const found = await searchArticles(db, {
      locale: 'kk',
      query: 'пшеницы',
      limit: 50,
      offset: 0,
    });
    const hits = ids(found.hits);
    expect(hits).toEqual(expect.arrayContaining(kk));
    for (const id of ru) expect(hits).not.toContain(id);
  });

  it('[SITE][EDITION] the publish watch reports each article’s locale', async () => {
    const db = t.current.db;
    const first = await listArticlesWentLive(db, {});
    const kk = await createArticle(db, {
      locale: 'kk',
      status: 'scheduled',
      publishAt: new Date(),
    });
    const went = await listArticlesWentLive(db, { after: first.until, overlapMs: 60_000 });
    expect(went.articles.find((a) => a.id === kk.id)).toMatchObject({ locale: 'kk' });
  });
});
