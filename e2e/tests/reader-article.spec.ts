import type { Page } from '@playwright/test';
import { tags } from '@vestnik/cache/tags';
import { expect, test } from './support/fixtures';
import { ArticlePage } from './support/pages';
import { revalidateSite } from './support/revalidate';
import { testData } from './support/test-data';
import { SITE } from './support/urls';

/** The reference article's hand-picked related links, in the editor's order. */
const HAND_PICKED = [
  'В Таиланде живет старейшая долгожительница в истории',
  'Аргентина официально вышла из ВОЗ',
  'Бахрейн и Кувейт снова продлили запрет на полеты',
  'Национальный траур объявлен в Грузии',
];

type JsonLdThing = Record<string, unknown> & { '@type'?: string };

async function jsonLd(page: Page, type: string): Promise<JsonLdThing> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const things = scripts.map((text) => JSON.parse(text) as JsonLdThing);
  const found = things.find((thing) => thing['@type'] === type);
  expect(found, `JSON-LD of type ${type}`).toBeDefined();
  return found!;
}

/**
 * Opens an article, waits for its view beacon's final answer (a first-time reader's beacon is
 * repeated once with the counter's cookie) and checks the counter shows it.
 */
async function visitAndCount(page: Page, url: string): Promise<number> {
  const answer = page.waitForResponse(
    async (r) =>
      r.url().includes('/api/views/') &&
      r.request().method() === 'POST' &&
      (await r.json()).retry !== true,
  );
  await page.goto(url);
  const response = await answer;
  expect(response.status()).toBe(200);
  const { views } = (await response.json()) as { views: number };
  await expect(page.locator('[data-article-views]')).toHaveText(new RegExp(`\\b${views}$`));
  return views;
}

test.describe('[READER][ARTICLE] the reference article', () => {
  test('shows breadcrumbs, rubric, title, date, credit linked to the photo source, attribution and tags', {
    tag: ['@reader'],
  }, async ({ page, referenceArticle }) => {
    const article = new ArticlePage(page);
    await article.open(referenceArticle.path);
    await expect(article.heading).toHaveText(referenceArticle.title);
    const crumbs = article.breadcrumbs;
    await expect(crumbs.getByRole('link', { name: 'Главная' })).toHaveAttribute('href', '/');
    await expect(crumbs.getByRole('link', { name: referenceArticle.rubric.name })).toHaveAttribute(
      'href',
      referenceArticle.rubric.path,
    );
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(referenceArticle.title);
    await expect(page.locator('article time').first()).toHaveText(referenceArticle.shownDate);
    const credit = page.getByRole('link', { name: referenceArticle.photoCredit });
    await expect(credit).toHaveAttribute('href', /^https:\/\/sputnik\.by/);
    // Its first paragraph names the sources itself, so no source line repeats them (#9).
    await expect(article.body).toContainText(referenceArticle.sourcesInText);
    await expect(page.locator('.attribution')).toHaveCount(0);
    const tags = page.getByRole('navigation', { name: 'Теги' });
    await expect(tags.getByRole('link', { name: 'ОБСЕ' })).toHaveAttribute('href', /^\/tag\//);
    await expect(page.getByRole('link', { name: /^Асель Нурланова$/ })).toHaveAttribute(
      'href',
      /^\/author\//,
    );
    const share = page.getByRole('navigation', { name: 'Поделиться' });
    await expect(share.getByRole('link', { name: /Telegram/ })).toHaveAttribute(
      'href',
      /^https:\/\/t\.me\/share\/url\?url=/,
    );
    await expect(share.getByRole('link')).toHaveCount(5);
  });

  test('lists the four hand-picked "Читайте также" links first, never itself', {
    tag: ['@reader'],
  }, async ({ page, referenceArticle }) => {
    const article = new ArticlePage(page);
    await article.open(referenceArticle.path);
    const { related, relatedLinks: links } = article;
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(4);
    expect(count).toBeLessThanOrEqual(6);
    expect((await links.allTextContents()).slice(0, 4)).toEqual(HAND_PICKED);
    await expect(related.getByRole('link', { name: referenceArticle.title })).toHaveCount(0);
  });

  test('carries NewsArticle and BreadcrumbList JSON-LD, OpenGraph and a canonical URL', {
    tag: ['@reader'],
  }, async ({ page, referenceArticle }) => {
    await page.goto(referenceArticle.url);
    const article = await jsonLd(page, 'NewsArticle');
    expect(article.headline).toBe(referenceArticle.title);
    expect(new Date(String(article.datePublished)).toISOString()).toBe(
      referenceArticle.publishedAt,
    );
    const authors = article.author as { '@type': string; name: string }[];
    expect(authors[0]).toMatchObject({ '@type': 'Person' });
    expect(authors[0]?.name.length).toBeGreaterThan(0);
    expect((article.image as { creditText: string }).creditText).toBe(referenceArticle.photoCredit);
    expect(article.isBasedOn).toEqual(
      expect.arrayContaining([expect.stringContaining('interfax.kz')]),
    );
    expect((article.publisher as { name: string }).name.length).toBeGreaterThan(0);
    const crumbs = await jsonLd(page, 'BreadcrumbList');
    expect((crumbs.itemListElement as unknown[]).length).toBe(3);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      referenceArticle.url,
    );
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
      'content',
      referenceArticle.publishedAt,
    );
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/media\//);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
  });
});

test('[READER][VIEWS] the view counter grows with each reader, even on a cached page; a reader counts once', {
  tag: ['@reader'],
}, async ({ browser, makeArticle }) => {
  const { url } = await makeArticle();
  const one = await browser.newPage();
  const first = await visitAndCount(one, url);
  expect(first).toBeGreaterThanOrEqual(1);
  const two = await browser.newPage();
  const second = await visitAndCount(two, url);
  expect(second).toBeGreaterThan(first);
  // The first reader again within 30 minutes: shown the live number, not counted again.
  expect(await visitAndCount(one, url)).toBe(second);
  await Promise.all([one.close(), two.close()]);
});

test('[READER][VIEWS] crawlers and prefetches are not counted, hidden articles cannot be counted', {
  tag: ['@reader'],
}, async ({ request, makeArticle }) => {
  const article = await makeArticle();
  const draft = await makeArticle({ status: 'draft' });
  const post = (id: number, headers: Record<string, string>) =>
    request.post(`${SITE}/api/views/${id}`, { headers });
  const human = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36' };
  const bot = await post(article.id, {
    'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)',
  });
  expect(await bot.json()).toMatchObject({ counted: false, views: 0 });
  const prefetch = await post(article.id, { ...human, 'sec-purpose': 'prefetch' });
  expect(await prefetch.json()).toMatchObject({ counted: false, views: 0 });
  // A first beacon gets the reader cookie and is repeated; the repeat counts.
  expect(await (await post(article.id, human)).json()).toMatchObject({
    counted: false,
    retry: true,
  });
  const reader = await post(article.id, human);
  expect(await reader.json()).toMatchObject({ counted: true, views: 1 });
  expect((await post(draft.id, human)).status()).toBe(404);
});

test('[READER][ARTICLE] authors link to their pages, a correction and "Обновлено" are shown', {
  tag: ['@reader'],
}, async ({ page, makeArticle, makeAuthor, makeRubric }) => {
  const rubric = await makeRubric();
  const [one, two] = [
    await makeAuthor({ name: 'Дана Сейткали' }),
    await makeAuthor({ name: 'Ерлан Омаров' }),
  ];
  const publishAt = new Date('2026-03-01T06:00:00Z');
  const article = await makeArticle({
    rubricId: rubric.id,
    authorIds: [one.id, two.id],
    publishAt,
    updatedAt: new Date('2026-03-03T08:30:00Z'),
  });
  await testData.insertRows('corrections', [
    {
      articleId: article.id,
      text: 'Уточнено название ведомства.',
      createdAt: new Date('2026-03-03T08:30:00Z'),
    },
  ]);
  // A correction is shown on the article's page: expire it, as the admin does.
  await revalidateSite([tags.article(article.id)]);
  await page.goto(article.url);
  await expect(page.getByText('Исправление от 3 марта 2026:')).toBeVisible();
  await expect(page.getByText('Уточнено название ведомства.')).toBeVisible();
  await expect(page.getByText(/Обновлено\s+3 марта 2026, \d\d:\d\d/)).toBeVisible();
  await expect(page.getByRole('link', { name: two.name })).toHaveAttribute('href', two.path);
  await expect(page.getByRole('link', { name: rubric.name }).first()).toBeVisible();
});

test('[READER][RELATED] an unpublished hand-picked link is left out', { tag: ['@reader'] }, async ({
  page,
  makeArticle,
}) => {
  const article = await makeArticle();
  const shown = await makeArticle({ title: 'Видимая связанная статья' });
  const hidden = await makeArticle({ title: 'Черновик связанной статьи', status: 'draft' });
  await testData.insertRows('article_related', [
    { articleId: article.id, relatedId: hidden.id, position: 0 },
    { articleId: article.id, relatedId: shown.id, position: 1 },
  ]);
  // «Читайте также» is part of the article's page: expire it, as the admin does on a save.
  await revalidateSite([tags.article(article.id)]);
  const reader = new ArticlePage(page);
  await reader.open(article.path);
  await expect(reader.relatedLinks.first()).toHaveText(shown.title);
  await expect(reader.related.getByText(hidden.title)).toHaveCount(0);
});

test('[READER][SEO] a title with markup stays data inside the JSON-LD', {
  tag: ['@reader'],
}, async ({ page, makeArticle }) => {
  const title = 'Заголовок </script><script>window.__injected = 1</script> & «кавычки»';
  const article = await makeArticle({ title });
  await page.goto(article.url);
  const ld = await jsonLd(page, 'NewsArticle');
  expect(ld.headline).toBe(title);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
});

test('[READER][VISIBILITY] a future scheduled article answers 404', { tag: ['@reader'] }, async ({
  request,
  makeArticle,
}) => {
  const article = await makeArticle({
    status: 'scheduled',
    publishAt: new Date(Date.now() + 3_600_000),
  });
  expect((await request.get(article.url)).status()).toBe(404);
});

test('[READER][SCHEDULE] a scheduled article opens as soon as its time comes', {
  tag: ['@reader'],
}, async ({ request, makeArticle }) => {
  const { url } = await makeArticle({
    status: 'scheduled',
    publishAt: new Date(Date.now() + 4_000),
  });
  // The 404 seen before the time must not be cached past it.
  expect((await request.get(url)).status()).toBe(404);
  await expect
    .poll(async () => (await request.get(url)).status(), { timeout: 15_000, intervals: [1_000] })
    .toBe(200);
});

test.describe('[READER][NO-JS] without JavaScript', { tag: '@nojs' }, () => {
  test.use({ javaScriptEnabled: false });

  test('the whole article, its counter, popular list and related links are readable', {
    tag: ['@reader', '@smoke'],
  }, async ({ page, referenceArticle }) => {
    const article = new ArticlePage(page);
    await article.open(referenceArticle.path);
    await expect(article.heading).toHaveText(referenceArticle.title);
    await expect(article.body).toContainText(referenceArticle.lastParagraph);
    await expect(article.views).toContainText(/\d{4}/);
    await expect(article.related).toContainText(HAND_PICKED[0]!);
    await expect(page.getByText('Популярное').first()).toBeVisible();
    await expect(page.getByText('Архив').first()).toBeVisible();
  });
});
