import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { SITE } from './support/urls';

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const search = (q: string, extra = '') => `${SITE}/search?q=${encodeURIComponent(q)}${extra}`;

/** Parses XML with the browser's own parser; a parse error fails the test with its message. */
async function readXml(page: Page, xml: string, tags: string[]) {
  const parsed = await page.evaluate(
    ({ xml, tags }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
      const texts: Record<string, string[]> = {};
      for (const tag of tags) {
        texts[tag] = [...doc.getElementsByTagName(tag)].map((e) => e.textContent ?? '');
      }
      const self = doc.getElementsByTagName('atom:link')[0]?.getAttribute('href') ?? null;
      return { error, root: doc.documentElement.nodeName, texts, self };
    },
    { xml, tags },
  );
  expect(parsed.error, 'the document is well-formed XML').toBeNull();
  return parsed;
}

async function fetchText(page: Page, path: string, type: RegExp) {
  const response = await page.request.get(`${SITE}${path}`);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toMatch(type);
  return response.text();
}

test('[READER][SEARCH] another word form finds the reference article with highlighted words', {
  tag: ['@reader', '@smoke'],
}, async ({ page, referenceArticle }) => {
  await page.goto(`${SITE}/`);
  await page.getByRole('searchbox', { name: 'Поиск по сайту' }).fill('президента Армении');
  await page.getByRole('searchbox', { name: 'Поиск по сайту' }).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const hit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  const link = page.getByRole('link', { name: referenceArticle.title });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', referenceArticle.path);
  await expect(hit.first().locator('p mark').first()).toHaveText(/президент/i);
  await expect(link.locator('mark')).toHaveText(['президентов', 'Армении']);
  await expect(page.getByRole('status')).toContainText(/Показано 1(–\d+)? из \d+/);
  // The private-use markers never leak into the page.
  expect(await page.content()).not.toMatch(/[\uE000\uE001]/);
});

test('[READER][SEARCH] article text is shown as text, never as markup', {
  tag: ['@reader'],
}, async ({ page, makeArticle }) => {
  const word = `щегол${Date.now().toString(36).replace(/\d/g, '')}`;
  await makeArticle({
    title: `<img src=x onerror="window.hacked=1"> ${word} & «кавычки»`,
    paragraphs: [`<script>window.hacked=1</script> Абзац про ${word}.`],
  });
  const response = await page.goto(search(word));
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 2, name: /<img src=x/ })).toBeVisible();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
});

test('[READER][SEARCH] the rubric and date filters narrow the results', {
  tag: ['@reader'],
}, async ({ page, makeArticle, makeRubric }) => {
  // The test's own rubrics: makeRubric expires the cached rubric list (the filter's choices), as
  // the admin does.
  const mine = await makeRubric();
  const other = await makeRubric();
  const title = `Ярмарка меда в Усть-Каменогорске ${Date.now()}`;
  await makeArticle({
    title,
    rubricId: mine.id,
    publishAt: new Date('2024-06-10T06:00:00Z'),
  });
  // The filter's choices are the rubric list that every page's navigation reads: a render that
  // another test began just before makeRubric may answer the first load without the new rubric,
  // and the filter then drops it (e2e/README, "A cached site"). Load until the filter keeps it.
  await expect(async () => {
    await page.goto(search('ярмарки меда', `&rubric=${other.slug}`));
    await expect(page.getByLabel('Рубрика')).toHaveValue(other.slug, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'Ничего не найдено' })).toBeVisible();
  await page.getByRole('link', { name: 'Искать без рубрики и дат' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.getByLabel('Рубрика').selectOption(mine.slug);
  await page.getByLabel('С даты').fill('2024-06-10');
  await page.getByLabel('По дату').fill('2024-06-10');
  await page.getByRole('button', { name: 'Найти' }).last().click();
  await expect(page).toHaveURL(/from=2024-06-10/);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto(search('ярмарки меда', `&rubric=${mine.slug}&from=2024-06-11`));
  await expect(page.getByRole('heading', { name: 'Ничего не найдено' })).toBeVisible();
});

test('[READER][SEARCH] an empty query shows search tips and rubrics', { tag: ['@reader'] }, async ({
  page,
}) => {
  const response = await page.goto(`${SITE}/search`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Поиск' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Как искать' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Рубрики' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'В мире' }).last()).toBeVisible();
});

test('[READER][SEARCH] absurd queries show a helpful "nothing found" page, never an error', {
  tag: ['@reader'],
}, async ({ page }) => {
  const absurd = [
    'президент '.repeat(200),
    '!!! ??? ... ,,, ;;; ---',
    "'; DROP TABLE articles; --",
    'select * from users where ""="" or 1=1 <-> :* & |',
  ];
  for (const q of absurd) {
    const response = await page.goto(search(q));
    expect(response?.status(), q.slice(0, 30)).toBe(200);
    if (q === absurd[0]) {
      await expect(page.getByText('поиск прочитал только первые 200 символов')).toBeVisible();
    } else {
      await expect(page.getByRole('heading', { name: 'Ничего не найдено' })).toBeVisible();
    }
  }
});

test('[READER][RSS] site, rubric and author feeds are valid RSS 2.0 with the newest articles', {
  tag: ['@reader', '@smoke'],
}, async ({ page, makeArticle, makeAuthor, makeRubric, uniqueName }) => {
  const rubric = await makeRubric();
  const author = await makeAuthor({ name: 'Динара Ахметова' });
  const article = await makeArticle({
    title: uniqueName('Свежая новость для RSS: «кавычки» & <теги>'),
    rubricId: rubric.id,
    authorIds: [author.id],
    // The newest of all, as the site feed lists only the newest: the factory's default (an hour
    // ago) is pushed out of it once other tests, or a repeat, have published enough.
    publishAt: new Date(),
  });
  const link = `${SITE}/news/${article.slug}`;
  const feeds = [
    ['/rss.xml', '/rss.xml'],
    [`/rubric/${rubric.slug}/rss.xml`, `/rubric/${rubric.slug}/rss.xml`],
    [`/author/${author.slug}/rss.xml`, `/author/${author.slug}/rss.xml`],
  ];
  for (const [path, self] of feeds) {
    // Read again until the article is in: the site feed is one page for every test, and a render
    // of it that another test began before this publish answers requests that come while it runs.
    await expect(async () => {
      const xml = await fetchText(page, path!, /^application\/rss\+xml/);
      const rss = await readXml(page, xml, ['title', 'link', 'guid', 'pubDate', 'dc:creator']);
      expect(rss.root).toBe('rss');
      expect(rss.self).toBe(`${SITE}${self}`);
      expect(rss.texts.title).toContain(article.title);
      expect(rss.texts.link).toContain(link);
      expect(rss.texts.guid).toContain(link);
      expect(rss.texts['dc:creator']).toContain('Динара Ахметова');
      for (const date of rss.texts.pubDate!) expect(date).toMatch(RFC_822);
    }).toPass({ timeout: 15_000 });
  }
  const missing = await page.request.get(`${SITE}/rubric/net-takoy-rubriki/rss.xml`);
  expect(missing.status()).toBe(404);
});

test('[READER][SITEMAP] the sitemap index lists month files; the reference month lists the article', {
  tag: ['@reader'],
}, async ({ page, referenceArticle }) => {
  const index = await readXml(page, await fetchText(page, '/sitemap.xml', /^application\/xml/), [
    'loc',
    'lastmod',
  ]);
  expect(index.root).toBe('sitemapindex');
  expect(index.texts.loc).toContain(`${SITE}/sitemaps/static.xml`);
  expect(index.texts.loc).toContain(`${SITE}${referenceArticle.day.sitemap}`);
  expect(index.texts.lastmod!.length).toBe(index.texts.loc!.length);
  const month = await readXml(
    page,
    await fetchText(page, referenceArticle.day.sitemap, /^application\/xml/),
    ['loc'],
  );
  expect(month.root).toBe('urlset');
  expect(month.texts.loc).toContain(referenceArticle.url);
  const taxonomy = await readXml(
    page,
    await fetchText(page, '/sitemaps/static.xml', /^application\/xml/),
    ['loc'],
  );
  expect(taxonomy.texts.loc).toContain(`${SITE}/`);
  expect(taxonomy.texts.loc).toContain(`${SITE}/rubric/world`);
  expect(taxonomy.texts.loc).toContain(`${SITE}/source/interfax-kz`);
  const bad = await page.request.get(`${SITE}/sitemaps/articles/2016-13.xml`);
  expect(bad.status()).toBe(404);
});

test('[READER][NEWS-SITEMAP] the Google News sitemap lists a fresh article with its publication', {
  tag: ['@reader'],
}, async ({ page, makeArticle, referenceArticle, uniqueName }) => {
  const article = await makeArticle({ title: uniqueName('Новость для Google News') });
  const news = await readXml(
    page,
    await fetchText(page, '/news-sitemap.xml', /^application\/xml/),
    ['loc', 'news:name', 'news:language', 'news:title', 'news:publication_date'],
  );
  expect(news.root).toBe('urlset');
  const at = news.texts.loc!.indexOf(article.url);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(news.texts['news:title']![at]).toBe(article.title);
  expect(news.texts['news:name']![at]).toBe('Вестник');
  expect(news.texts['news:language']![at]).toBe('ru');
  expect(Date.parse(news.texts['news:publication_date']![at]!)).toBe(article.publishAt!.getTime());
  // The 2016 reference article is far outside the 48-hour window.
  expect(news.texts.loc).not.toContain(referenceArticle.url);
});

test('[READER][ROBOTS] robots.txt keeps crawlers out of search and the API and names the sitemaps', {
  tag: ['@reader'],
}, async ({ request }) => {
  const response = await request.get(`${SITE}/robots.txt`);
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain('Disallow: /search');
  expect(text).toContain('Disallow: /api/');
  expect(text).toContain('Disallow: /preview/');
  expect(text).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${SITE}/news-sitemap.xml`);
});

test('[READER][404] an unknown address answers 404 with a Russian page that offers a way on', {
  tag: ['@reader', '@smoke'],
}, async ({ page, referenceArticle }) => {
  const response = await page.goto(`${SITE}/takoy-stranitsy-net/sovsem`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await expect(page.getByRole('link', { name: 'На главную' })).toBeVisible();
  // The rubrics are in the site's navigation above it, the archive one click away.
  await expect(
    page.getByRole('navigation', { name: 'Рубрики' }).getByRole('link').first(),
  ).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Архив' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Найти на сайте' }).fill('президента Армении');
  await page.getByRole('searchbox', { name: 'Найти на сайте' }).press('Enter');
  await expect(page.getByRole('link', { name: referenceArticle.title })).toBeVisible();
});

test('[READER][META] pages announce the RSS feed, the icon and the site name', {
  tag: ['@reader'],
}, async ({ page }) => {
  await page.goto(`${SITE}/`);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    `${SITE}/rss.xml`,
  );
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Вестник');
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#1a1a1a');
  const icon = page.locator('link[rel="icon"]').first();
  const href = await icon.getAttribute('href');
  const svg = await page.request.get(new URL(href!, SITE).toString());
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain('В</text>');
});
