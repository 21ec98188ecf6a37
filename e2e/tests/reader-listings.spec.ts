import { expect, test } from './support/fixtures';
import { HomePage, ListingPage } from './support/pages';
import { revalidateSite } from './support/revalidate';
import { testData } from './support/test-data';
import { SITE } from './support/urls';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const almatyToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', dateStyle: 'short' }).format(
    new Date(),
  );

test('[READER][HOME] the home page leads with the featured story and shows the breaking banner', {
  // One lead story and one banner for the whole site: another test's would take their place.
  tag: ['@reader', '@alone'],
}, async ({ page, makeArticle }) => {
  const lead = await makeArticle({
    title: 'Главная тема дня для проверки первой полосы',
    featured: true,
    publishAt: new Date(Date.now() - 2 * MINUTE),
  });
  const breaking = await makeArticle({
    title: 'Срочное сообщение для проверки баннера',
    breaking: true,
    publishAt: new Date(Date.now() - MINUTE),
  });

  try {
    const home = new HomePage(page);
    await home.open();
    const banner = home.breakingBanner;
    await expect(banner).toContainText('Срочно');
    await expect(banner.getByRole('link', { name: breaking.title })).toBeVisible();
    const { leadStory } = home;
    await expect(leadStory.getByRole('heading', { level: 2 })).toHaveText(lead.title);
    await expect(page.getByRole('heading', { name: 'Лента новостей' })).toBeVisible();
    await leadStory.getByRole('link', { name: lead.title }).click();
    await expect(page).toHaveURL(new RegExp(`/news/${lead.slug}$`));
  } finally {
    await testData.unflagFrontPage(lead, breaking);
  }
});

test('[READER][RUBRIC] a rubric pages through its articles with stable next and previous links', {
  tag: ['@reader'],
}, async ({ page, request, makeArticle, makeRubric }) => {
  // Rule 8: 24 articles made one by one and four listing pages: 15.5-21.2 s in full runs, 34.2 and
  // 44.8 s in one with a build running beside it (every step slow, none stuck).
  test.setTimeout(60_000);
  const rubric = await makeRubric({ name: 'Рубрика для листания', description: 'Описание' });
  // Dated in 2019: the rubric is fresh, and the home page's latest news stay undisturbed.
  const start = new Date('2019-03-01T06:00:00Z').getTime();
  const titles: string[] = [];
  for (let i = 0; i < 23; i++) {
    const title = `Листание: статья номер ${String(i + 1).padStart(2, '0')}`;
    await makeArticle({
      title,
      rubricId: rubric.id,
      publishAt: new Date(start + i * MINUTE),
    });
    titles.unshift(title);
  }

  const listing = new ListingPage(page);
  await listing.open(rubric.path);
  await expect(listing.heading).toHaveText(rubric.name);
  await expect(page.getByText('Описание', { exact: true })).toBeVisible();
  const { headlines } = listing;
  await expect(headlines).toHaveText(titles.slice(0, 20));
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', /\?before=/);
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  await expect(listing.previousPage).toHaveCount(0);

  await listing.nextPage.click();
  await expect(page).toHaveURL(/\?before=/);
  const secondUrl = page.url();
  await expect(headlines).toHaveText(titles.slice(20));
  await expect(listing.nextPage).toHaveCount(0);
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute(
    'href',
    `/rubric/${rubric.slug}`,
  );

  // The same URL shows the same page after newer articles arrive on top (makeArticle expires
  // the rubric's cached pages).
  await makeArticle({
    title: 'Листание: самая новая',
    rubricId: rubric.id,
    publishAt: new Date(start + 60 * MINUTE),
  });
  await listing.open(secondUrl);
  await expect(headlines).toHaveText(titles.slice(20));

  await listing.previousPage.click();
  await expect(page).toHaveURL(/\?before=/);
  await expect(headlines.first()).toHaveText(titles[0]!);

  expect((await request.get(`${SITE}/rubric/net-takoy-rubriki`)).status()).toBe(404);
  expect((await request.get(`${SITE}/rubric/${rubric.slug}?before=vchera`)).status()).toBe(404);
});

test('[READER][ARCHIVE] the archive picker reaches the reference article’s day', {
  tag: ['@reader'],
}, async ({ page, referenceArticle }) => {
  const archive = new ListingPage(page);
  await archive.open('/archive');
  // The island narrows months to the chosen year once it runs; a choice made before that is
  // adopted when it starts (the form alone is the test below), so pick once it has started.
  await archive.archivePicker.waitForScript();
  await archive.archivePicker.show(referenceArticle.day);
  await expect(page).toHaveURL(new RegExp(`${referenceArticle.day.path}$`));
  await expect(archive.heading).toHaveText(referenceArticle.day.heading);
  await expect(archive.articleLink(referenceArticle.title)).toBeVisible();
});

test.describe('without JavaScript', { tag: '@nojs' }, () => {
  test.use({ javaScriptEnabled: false });

  test('[READER][ARCHIVE] the archive picker works as a plain form', { tag: ['@reader'] }, async ({
    page,
    referenceArticle,
  }) => {
    const home = new HomePage(page);
    await home.open();
    await home.archivePicker.show(referenceArticle.day);
    await expect(page).toHaveURL(new RegExp(`${referenceArticle.day.path}$`));
    await expect(home.articleLink(referenceArticle.title)).toBeVisible();
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

test('[READER][ARCHIVE] a busy day pages its articles by 50 with numbered pages', {
  tag: ['@reader'],
}, async ({ page, request, makeArticle }) => {
  // 52 articles on a day of the 1990s nobody else uses (a random one: a retry gets its own day).
  test.setTimeout(90_000);
  const noon = new Date(Date.UTC(1990, 0, 1, 6) + Math.floor(Math.random() * 3650) * DAY);
  const day = noon.toISOString().slice(0, 10).replaceAll('-', '/');
  const titles = Array.from({ length: 52 }, (_, i) => `Насыщенный день: заметка ${i + 1}`);
  for (let batch = 0; batch < titles.length; batch += 13) {
    await Promise.all(
      titles
        .slice(batch, batch + 13)
        .map((title, i) =>
          makeArticle({ title, publishAt: new Date(noon.getTime() + (batch + i) * MINUTE) }),
        ),
    );
  }
  const newestFirst = [...titles].reverse();

  const listing = new ListingPage(page);
  await listing.open(`/archive/${day}`);
  await expect(page.getByText('52 материала, страница 1 из 2')).toBeVisible();
  await expect(listing.headlines).toHaveText(newestFirst.slice(0, 50));
  const pages = page.getByRole('navigation', { name: 'Страницы дня' });
  await expect(pages.locator('[aria-current="page"]')).toHaveText('1');

  await pages.getByRole('link', { name: '2', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/archive/${day}\\?page=2$`));
  await expect(listing.headlines).toHaveText(newestFirst.slice(50));
  await expect(page).toHaveTitle(/страница 2 из 2/);
  await expect(pages.locator('[aria-current="page"]')).toHaveText('2');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/archive/${day}\\?page=2$`),
  );

  await pages.getByRole('link', { name: '← Назад' }).click();
  await expect(page).toHaveURL(new RegExp(`/archive/${day}$`));
  await expect(listing.headlines.first()).toHaveText(newestFirst[0]!);

  for (const beyond of ['3', '0', '02', 'dva', '1e3']) {
    const answer = await request.get(`${SITE}/archive/${day}?page=${beyond}`);
    expect(answer.status(), `?page=${beyond}`).toBe(404);
  }
});

test('[READER][POPULAR] the popular tabs switch between all time and today', {
  tag: ['@reader'],
}, async ({ page, makeArticle }) => {
  const allTime = await makeArticle({
    title: 'Рекордсмен всех времён по прочтениям',
    viewCount: 50_000_000,
  });
  const today = await makeArticle({ title: 'Самое читаемое сегодня', viewCount: 10 });
  await testData.insertRows('article_views_daily', [
    { articleId: today.id, day: almatyToday(), views: 40_000_000 },
  ]);
  // «Популярное» follows the clock, not publishing: no publish expires it (see CLOCK_TAGS).
  await revalidateSite(['popular']);

  const home = new HomePage(page);
  const { popular } = home;
  await home.openUntil(() =>
    expect(popular.getByRole('tabpanel').getByRole('link').first()).toHaveText(allTime.title, {
      timeout: 2_000,
    }),
  );
  await expect(popular.getByRole('tab', { name: 'Все' })).toHaveAttribute('aria-selected', 'true');

  await popular.getByRole('tab', { name: 'День' }).click();
  await expect(page).toHaveURL(`${SITE}/`);
  await expect(popular.getByRole('tab', { name: 'День' })).toHaveAttribute('aria-selected', 'true');
  await expect(popular.getByRole('tabpanel').getByRole('link').first()).toHaveText(today.title);

  await page.goto(`${SITE}/popular?period=day`);
  await expect(page.locator('main ol li a').first()).toHaveText(today.title);
  await page.goto(`${SITE}/popular?period=nonsense`);
  await expect(page.locator('main ol li a').first()).toHaveText(allTime.title);
});
