import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  normalizeSearchQuery,
  SEARCH_QUERY_MAX_LENGTH,
  searchArticles,
} from '../src/queries/search.ts';
import { createArticle, createRubric } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;
const REFERENCE =
  'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене';

/** Marks highlights as [..] for readable expectations. */
const shown = (text: string) =>
  text.replaceAll(HIGHLIGHT_START, '[').replaceAll(HIGHLIGHT_STOP, ']');

// Each test works inside its own rubric, so articles made by other tests never interfere.
const plain = { lead: 'Подробности позже.', paragraphs: ['Текст без ключевых слов.'] };

describe('search queries', () => {
  it('[SITE][SEARCH] another word form finds the article and the match is highlighted', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const article = await createArticle(db, {
      title: REFERENCE,
      rubricId: rubric.id,
      paragraphs: ['Об этом сообщили в МИД. Встреча президентов пройдет в Вене.'],
    });
    const result = await searchArticles(db, {
      locale: 'ru',
      query: 'президента Армении',
      rubricId: rubric.id,
      limit: 20,
      offset: 0,
    });
    expect(result.hits.map((h) => h.id)).toEqual([article.id]);
    expect(result.total).toBe(1);
    expect(shown(result.hits[0]!.title)).toBe(
      'Встреча [президентов] [Армении] и Азербайджана планируется на следующей неделе в Вене',
    );
    expect(shown(result.hits[0]!.snippet)).toContain('Встреча [президентов] пройдет');
    expect(result.hits[0]).toMatchObject({ slug: article.slug, rubricSlug: rubric.slug });
  });

  it('[SITE][SEARCH] a title match ranks above a body match; newer first among equals', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const now = Date.now();
    const base = { ...plain, rubricId: rubric.id };
    const older = await createArticle(db, {
      ...base,
      title: 'Газопровод в Туркестан достроят к зиме',
      publishAt: new Date(now - 5 * HOUR),
    });
    const newer = await createArticle(db, {
      ...base,
      title: 'Газопровод до Шымкента откроют весной',
      publishAt: new Date(now - 3 * HOUR),
    });
    const bodyOnly = await createArticle(db, {
      ...base,
      title: 'Новости энергетики',
      paragraphs: ['Строительство газопровода продолжается по графику.'],
      publishAt: new Date(now - HOUR),
    });
    const result = await searchArticles(db, {
      locale: 'ru',
      query: 'газопроводы',
      rubricId: rubric.id,
      limit: 20,
      offset: 0,
    });
    expect(result.hits.map((h) => h.id)).toEqual([newer.id, older.id, bodyOnly.id]);
  });

  it('[SITE][SEARCH] rubric and date filters narrow the results; hidden articles never appear', async () => {
    const db = t.current.db;
    const [mine, other] = [await createRubric(db), await createRubric(db)];
    const title = 'Фестиваль кочевников соберет гостей';
    const at = (iso: string) => new Date(iso);
    const march = await createArticle(db, {
      ...plain,
      title,
      rubricId: mine.id,
      publishAt: at('2021-03-10T10:00:00Z'),
    });
    const april = await createArticle(db, {
      ...plain,
      title,
      rubricId: mine.id,
      publishAt: at('2021-04-10T10:00:00Z'),
    });
    await createArticle(db, { ...plain, title, rubricId: other.id });
    await createArticle(db, { ...plain, title, rubricId: mine.id, status: 'draft' });
    await createArticle(db, {
      ...plain,
      title,
      rubricId: mine.id,
      status: 'scheduled',
      publishAt: new Date(Date.now() + HOUR),
    });
    const search = (extra: { from?: Date; to?: Date }) =>
      searchArticles(db, {
        locale: 'ru',
        query: 'фестиваль',
        rubricId: mine.id,
        limit: 20,
        offset: 0,
        ...extra,
      });
    expect((await search({})).hits.map((h) => h.id)).toEqual([april.id, march.id]);
    const inMarch = await search({ from: at('2021-03-01T00:00:00Z'), to: at('2021-04-01T00:00Z') });
    expect(inMarch.hits.map((h) => h.id)).toEqual([march.id]);
    // The upper bound is exclusive: an article at exactly `to` belongs to the next range.
    const upTo = await search({ to: at('2021-04-10T10:00:00Z') });
    expect(upTo.hits.map((h) => h.id)).toEqual([march.id]);
  });

  it('[SITE][SEARCH] pages follow each other and a page past the end still knows the total', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    for (let i = 0; i < 5; i++) {
      await createArticle(db, {
        ...plain,
        title: `Урожай пшеницы: сводка ${i + 1}`,
        rubricId: rubric.id,
        publishAt: new Date(Date.now() - (i + 1) * HOUR),
      });
    }
    const page = (offset: number) =>
      searchArticles(db, { locale: 'ru', query: 'урожаи', rubricId: rubric.id, limit: 2, offset });
    const pages = await Promise.all([page(0), page(2), page(4), page(6)]);
    const ids = pages.flatMap((p) => p.hits.map((h) => h.id));
    expect(new Set(ids).size).toBe(5);
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5, 5]);
    expect(pages[3]!.hits).toEqual([]);
  });

  it('[SITE][SEARCH] a very broad query ranks only the newest matches and says the count is capped', async () => {
    const db = t.current.db;
    const rubric = await createRubric(db);
    const base = { ...plain, rubricId: rubric.id };
    // The oldest article is the best match (word in the title), yet outside the newest three.
    const oldest = await createArticle(db, {
      ...base,
      title: 'Караван верблюдов прошел через степь',
      publishAt: new Date(Date.now() - 10 * HOUR),
    });
    const newer = [];
    for (let i = 1; i <= 3; i++) {
      newer.push(
        await createArticle(db, {
          ...base,
          title: `Сводка дня ${i}`,
          paragraphs: ['В степи видели караван.'],
          publishAt: new Date(Date.now() - i * HOUR),
        }),
      );
    }
    const search = (candidateLimit: number) =>
      searchArticles(db, {
        locale: 'ru',
        query: 'караваны',
        rubricId: rubric.id,
        limit: 20,
        offset: 0,
        candidateLimit,
      });
    const capped = await search(3);
    expect(capped).toMatchObject({ total: 3, capped: true });
    expect(capped.hits.map((h) => h.id)).toEqual(newer.map((a) => a.id));
    const all = await search(10);
    expect(all).toMatchObject({ total: 4, capped: false });
    expect(all.hits[0]!.id).toBe(oldest.id);
  });

  it('[SITE][SEARCH] absurd input returns no results instead of an error', async () => {
    const db = t.current.db;
    await createArticle(db, { title: 'Обычная статья про выборы' });
    const absurd = [
      'выборы '.repeat(300),
      '!!! ??? ... ,,, ;;; ---',
      "'; drop table articles; --",
      'select * from users where 1=1 or ""="',
      '"незакрытая кавычка & | ! <-> :* ( )',
      'и в на',
      `\u0000\u0007${HIGHLIGHT_START}`,
      '',
      'ё'.repeat(5000),
    ];
    for (const query of absurd) {
      const result = await searchArticles(db, { locale: 'ru', query, limit: 20, offset: 0 });
      expect(Array.isArray(result.hits)).toBe(true);
      if (query !== absurd[0]) expect(result.hits).toEqual([]);
    }
  });

  it('[SITE][SEARCH] queries are trimmed, single-spaced and capped in length', () => {
    expect(normalizeSearchQuery('  президент \n\t Армении  ')).toBe('президент Армении');
    expect(normalizeSearchQuery('а'.repeat(2000))).toHaveLength(SEARCH_QUERY_MAX_LENGTH);
    expect(normalizeSearchQuery(`a${HIGHLIGHT_START}b${HIGHLIGHT_STOP}\u0000c`)).toBe('ab c');
  });
});
