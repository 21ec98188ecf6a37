import { expect, test } from '@playwright/test';
import { createArticle, createRubric } from '@vestnik/db/factories';
import { articleViewsDaily } from '@vestnik/db/schema';
import { testDb } from './support/db';
import { revalidateSite } from './support/revalidate';
import { SITE } from './support/urls';

const REFERENCE_TITLE =
  'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене';
const MINUTE = 60_000;

const almatyToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', dateStyle: 'short' }).format(
    new Date(),
  );

test('[READER][HOME] the home page leads with the featured story and shows the breaking banner', {
  tag: ['@reader'],
}, async ({ page }) => {
  const db = testDb();
  const lead = await createArticle(db, {
    title: 'Главная тема дня для проверки первой полосы',
    featured: true,
    publishAt: new Date(Date.now() - 2 * MINUTE),
  });
  const breaking = await createArticle(db, {
    title: 'Срочное сообщение для проверки баннера',
    breaking: true,
    publishAt: new Date(Date.now() - MINUTE),
  });
  await revalidateSite(['home', 'latest']);

  await page.goto(`${SITE}/`);
  const banner = page.getByRole('complementary', { name: 'Срочная новость' });
  await expect(banner).toContainText('Срочно');
  await expect(banner.getByRole('link', { name: breaking.title })).toBeVisible();
  const leadStory = page.locator('article[aria-labelledby="lead-story-title"]');
  await expect(leadStory.getByRole('heading', { level: 2 })).toHaveText(lead.title);
  await expect(page.getByRole('heading', { name: 'Лента новостей' })).toBeVisible();
  await leadStory.getByRole('link', { name: lead.title }).click();
  await expect(page).toHaveURL(new RegExp(`/news/${lead.slug}$`));
});

test('[READER][RUBRIC] a rubric pages through its articles with stable next and previous links', {
  tag: ['@reader'],
}, async ({ page, request }) => {
  const db = testDb();
  const rubric = await createRubric(db, { name: 'Рубрика для листания', description: 'Описание' });
  // Dated in 2019: the rubric is fresh, and the home page's latest news stay undisturbed.
  const start = new Date('2019-03-01T06:00:00Z').getTime();
  const titles: string[] = [];
  for (let i = 0; i < 23; i++) {
    const title = `Листание: статья номер ${String(i + 1).padStart(2, '0')}`;
    await createArticle(db, {
      title,
      rubricId: rubric.id,
      publishAt: new Date(start + i * MINUTE),
    });
    titles.unshift(title);
  }

  await page.goto(`${SITE}/rubric/${rubric.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(rubric.name);
  await expect(page.getByText('Описание', { exact: true })).toBeVisible();
  // Visible ones only: after a client-side navigation Next keeps the previous page, hidden, in
  // the document (React Activity), so that going back restores it as it was.
  const headlines = page.locator('main ol li h3:visible');
  await expect(headlines).toHaveText(titles.slice(0, 20));
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', /\?before=/);
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Предыдущая страница/ })).toHaveCount(0);

  await page.getByRole('link', { name: /Следующая страница/ }).click();
  await expect(page).toHaveURL(/\?before=/);
  const secondUrl = page.url();
  await expect(headlines).toHaveText(titles.slice(20));
  await expect(page.getByRole('link', { name: /Следующая страница/ })).toHaveCount(0);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute(
    'href',
    `/rubric/${rubric.slug}`,
  );

  // The same URL shows the same page after newer articles arrive on top.
  await createArticle(db, {
    title: 'Листание: самая новая',
    rubricId: rubric.id,
    publishAt: new Date(start + 60 * MINUTE),
  });
  await revalidateSite([`rubric:${rubric.id}`]);
  await page.goto(secondUrl);
  await expect(headlines).toHaveText(titles.slice(20));

  await page.getByRole('link', { name: /Предыдущая страница/ }).click();
  await expect(page).toHaveURL(/\?before=/);
  await expect(headlines.first()).toHaveText(titles[0]!);

  expect((await request.get(`${SITE}/rubric/net-takoy-rubriki`)).status()).toBe(404);
  expect((await request.get(`${SITE}/rubric/${rubric.slug}?before=vchera`)).status()).toBe(404);
});

test('[READER][ARCHIVE] the archive picker reaches the reference article’s day', {
  tag: ['@reader'],
}, async ({ page }) => {
  await page.goto(`${SITE}/archive`);
  const picker = page.getByRole('region', { name: 'Архив' }).last();
  // The island narrows months to the chosen year once it runs; a choice made before that is
  // adopted when it starts (the form alone is the test below), so pick once it has started.
  await expect(picker.locator('form[data-enhanced]')).toBeAttached();
  await picker.getByLabel('Год').selectOption('2016');
  await picker.getByLabel('Месяц').selectOption('5');
  await picker.getByLabel('День').selectOption('12');
  await picker.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/\/archive\/2016\/05\/12$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('12 мая 2016');
  await expect(page.getByRole('link', { name: REFERENCE_TITLE })).toBeVisible();
});

test.describe('without JavaScript', { tag: '@nojs' }, () => {
  test.use({ javaScriptEnabled: false });

  test('[READER][ARCHIVE] the archive picker works as a plain form', { tag: ['@reader'] }, async ({
    page,
  }) => {
    await page.goto(`${SITE}/`);
    const picker = page.getByRole('region', { name: 'Архив' });
    await picker.getByLabel('Год').selectOption('2016');
    await picker.getByLabel('Месяц').selectOption('5');
    await picker.getByLabel('День').selectOption('12');
    await picker.getByRole('button', { name: 'Показать' }).click();
    await expect(page).toHaveURL(/\/archive\/2016\/05\/12$/);
    await expect(page.getByRole('link', { name: REFERENCE_TITLE })).toBeVisible();
  });

  test('[READER][POPULAR] without JavaScript the popular tabs lead to the period pages', {
    tag: ['@reader'],
  }, async ({ page }) => {
    await page.goto(`${SITE}/`);
    const popular = page.getByRole('region', { name: 'Популярное' });
    await popular.getByRole('tab', { name: 'Неделя' }).click();
    await expect(page).toHaveURL(/\/popular\?period=week$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Популярное');
    await expect(page.getByRole('link', { name: 'Неделя' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});

test('[READER][ARCHIVE] the month calendar links days with news, and a day links to its neighbours', {
  tag: ['@reader', '@smoke'],
}, async ({ page, request }) => {
  await page.goto(`${SITE}/archive/2016/05`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Май 2016');
  const calendar = page.getByRole('table', { name: /Май 2016/ });
  await expect(calendar.getByRole('link')).not.toHaveCount(0);
  await expect(calendar.getByRole('link', { name: /^11 мая 2016/ })).toHaveCount(0);
  await calendar.getByRole('link', { name: /^12 мая 2016, \d+ материал/ }).click();
  await expect(page).toHaveURL(/\/archive\/2016\/05\/12$/);

  const next = page
    .getByRole('navigation', { name: 'Соседние дни с публикациями' })
    .getByRole('link');
  const label = await next.last().textContent();
  await next.last().click();
  await expect(page).toHaveURL(/\/archive\/\d{4}\/\d{2}\/\d{2}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(label!.replace(' ›', ''));
  await expect(page.locator('main ol li h3').first()).toBeVisible();

  expect((await request.get(`${SITE}/archive/2016/02/30`)).status()).toBe(404);
  expect((await request.get(`${SITE}/archive/2016/13`)).status()).toBe(404);
  expect((await request.get(`${SITE}/archive/16`)).status()).toBe(404);
});

test('[READER][POPULAR] the popular tabs switch between all time and today', {
  tag: ['@reader'],
}, async ({ page }) => {
  const db = testDb();
  const allTime = await createArticle(db, {
    title: 'Рекордсмен всех времён по прочтениям',
    viewCount: 50_000_000,
  });
  const today = await createArticle(db, { title: 'Самое читаемое сегодня', viewCount: 10 });
  await db
    .insert(articleViewsDaily)
    .values({ articleId: today.id, day: almatyToday(), views: 40_000_000 });
  await revalidateSite(['popular']);

  await page.goto(`${SITE}/`);
  const popular = page.getByRole('region', { name: 'Популярное' });
  await expect(popular.getByRole('tab', { name: 'Все' })).toHaveAttribute('aria-selected', 'true');
  await expect(popular.getByRole('tabpanel').getByRole('link').first()).toHaveText(allTime.title);

  await popular.getByRole('tab', { name: 'День' }).click();
  await expect(page).toHaveURL(`${SITE}/`);
  await expect(popular.getByRole('tab', { name: 'День' })).toHaveAttribute('aria-selected', 'true');
  await expect(popular.getByRole('tabpanel').getByRole('link').first()).toHaveText(today.title);

  await page.goto(`${SITE}/popular?period=day`);
  await expect(page.locator('main ol li a').first()).toHaveText(today.title);
  await page.goto(`${SITE}/popular?period=nonsense`);
  await expect(page.locator('main ol li a').first()).toHaveText(allTime.title);
});
