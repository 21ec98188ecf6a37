import { expect, type Locator, type Page, test } from '@playwright/test';
import { demoRubrics } from '@vestnik/db/seed/rubrics';
import { loginAs } from './support/auth';
import { REFERENCE_ARTICLE } from './support/reference';
import { type ArticleRow, testData } from './support/test-data';
import { ADMIN, SITE } from './support/urls';

/**
 * Screenshot comparisons of the pages readers and editors see most, at a phone's and a desktop's
 * width, against baselines committed beside this file (visual.spec.ts-snapshots/, Debian's
 * Chromium on Linux). `pnpm e2e:visual:update` makes new ones; see e2e/VISUAL.md.
 *
 * The suite shares one database, and by the time this file runs (one worker, files in
 * alphabetical order) other tests have published articles, added rubrics and media and recorded
 * views. What changes with them is either
 * - masked (the magenta boxes in the baselines): counters, lists ordered by time or popularity,
 *   times relative to now, the copyright year. A masked list is first pinned to one line per
 *   item, so that its box keeps its size whatever its items say and what follows stays in place;
 * - or made stable: rubrics added by tests are taken out of the navigation and the home page's
 *   blocks (the demo's own remain), the home page's lead story and breaking banner are articles
 *   this file publishes just before it looks, and the dashboard is an author's, whose queues and
 *   recent articles are this file's own.
 * Everything else (the demo's articles, the archive, search results, the editor's form) is
 * compared as it is.
 */

const WIDTHS = [375, 1280] as const;
const REFERENCE_SLUG = REFERENCE_ARTICLE.slug;
/** A word of the demo's articles only (no test or import fixture uses it): several results. */
const SEARCH_QUERY = 'референдум';
/** Where this file's own articles live: a rubric of its own, hidden like every test rubric. */
const FIXTURE_RUBRIC = { name: 'Визуальная проверка' };
const USER_NAME = 'Визуальная Проверка';

/**
 * Tolerance, measured (December 2026, Debian's Chromium, 2 cores shared with other runs): with
 * none at all (threshold 0, maxDiffPixels 0) all 12 comparisons matched pixel for pixel on a fresh
 * database, again with the load average at 17 (two busy loops and an allocating node process on
 * top of other sessions' Playwright runs), and again after editor-articles and reader-article had
 * changed the data; so did `--repeat-each=5`. Rendering here is deterministic, so the allowance is
 * small: a pixel counts as different only beyond 0.1 of pixelmatch's colour distance (Playwright's
 * default is 0.2; anti-aliased edge pixels are ignored either way), and a page may differ in
 * 0.02 % of its pixels (about 100 on the archive month page at 375 px, 860 on the home page at
 * 1280 px: a stray glyph, not a block). A heading turned dark red (#8b1a1a instead of #1a1a1a)
 * changed 0.47 % of the article page at 1280 px and 0.34 % at 375 px, twenty times that.
 */
const TOLERANCE = { threshold: 0.1, maxDiffPixelRatio: 0.0002 };

// Magenta: nobody mistakes a masked box in a baseline for part of the design.
const MASK_COLOR = '#ff00ff';

test.describe('[VISUAL] screenshot comparisons', () => {
  // Each test waits for every image of a long page and takes at least two full-page screenshots.
  test.describe.configure({ timeout: 90_000 });
  // The baselines show the demo archive on this machine's Chromium; a deployed site has other
  // content (and fonts), so a comparison there would only report the difference.
  test.skip(
    Boolean(process.env.E2E_SITE_URL),
    'visual baselines show the local demo archive, not a deployed site',
  );

  for (const width of WIDTHS) {
    test(`home page at ${width} px`, { tag: ['@visual', '@alone'] }, async ({ page }) => {
      const fixtures = await publishHomeFixtures();
      try {
        await open(page, `${SITE}/`, width);
        await keepDemoRubrics(page);
        const stream = await pinList(page.locator('section[aria-labelledby="latest-heading"] ol'));
        await compare(page, `home-${width}.png`, [
          page.locator('article[aria-labelledby="lead-story-title"] time'),
          page.getByRole('complementary', { name: 'Срочная новость' }).locator('time'),
          stream.locator(':scope > *'),
          ...(await sideBlockMasks(page)),
          ...footerMasks(page),
        ]);
      } finally {
        await fixtures.unflag();
      }
    });

    test(`reference article at ${width} px`, { tag: ['@visual', '@alone'] }, async ({ page }) => {
      await open(page, `${SITE}/news/${REFERENCE_SLUG}`, width);
      await keepDemoRubrics(page);
      // «Читайте также»: the four hand-picked links are demo data; what follows them is chosen
      // by shared tags and rubric, among whatever the tests published.
      await hideAfter(page.locator('section[aria-labelledby="related-title"] ul'), 4);
      await compare(page, `article-${width}.png`, [
        page.locator('[data-article-views]'),
        ...(await sideBlockMasks(page)),
        ...footerMasks(page),
      ]);
    });

    // The archive month page (/archive/2016/05) is not compared yet: in the whole suite, once
    // other tests had added views, the first row of its «Популярное» showed beside its mask
    // (340 px at 375 px wide), which the mask must cover first.

    test(`search results at ${width} px`, { tag: ['@visual', '@alone'] }, async ({ page }) => {
      await open(page, `${SITE}/search?q=${encodeURIComponent(SEARCH_QUERY)}`, width);
      await keepDemoRubrics(page);
      await compare(page, `search-${width}.png`, footerMasks(page));
    });

    test(`admin: article editor at ${width} px`, { tag: ['@visual', '@alone'] }, async ({
      browser,
    }) => {
      const reference = await referenceRow();
      // A lock left by an earlier page (another width, a repeat) would add «… редактирует».
      await testData.updateArticle(reference.id, { lockedBy: null, lockedUntil: null });
      const { context } = await loginAs(browser, 'editor', { name: USER_NAME });
      const page = await context.newPage();
      await open(page, `${ADMIN}/articles/${reference.id}`, width);
      await expect(page.getByLabel('Текст статьи')).toContainText('Бишкекский протокол');
      // The site's address (its port differs between runs) on a line of its own.
      const address = page.getByTestId('article-address');
      await address.evaluate((span) => {
        Object.assign(span.style, {
          display: 'block',
          contain: 'inline-size',
          whiteSpace: 'nowrap',
          overflow: 'hidden',
        });
      });
      // The newest images of the media library: uploads by other tests come first. «Без фото»
      // stays visible.
      const media = page.getByRole('group', { name: 'Главное фото' }).getByRole('list');
      const thumbnails = (await pinList(media, 8)).filter({ has: page.locator('img') });
      await compare(page, `admin-editor-${width}.png`, [address, thumbnails]);
      await context.close();
    });

    test(`admin: dashboard at ${width} px`, { tag: ['@visual', '@alone'] }, async ({ browser }) => {
      // An author's: their queues and recent articles are their own (this file's below), where an
      // editor's list the whole newsroom, which every test before this one writes to.
      const { context, user } = await loginAs(browser, 'author', { name: USER_NAME });
      await writeAuthorFixtures(user.id);
      const page = await context.newPage();
      await open(page, `${ADMIN}/`, width);
      const queue = (name: string) => page.getByRole('region', { name }).getByRole('list');
      const chart = page.getByRole('region', { name: 'Просмотры за 30 дней' });
      await flattenBars(chart.locator('svg'));
      const top = page.getByRole('region', { name: 'Самое читаемое за 30 дней' });
      await compare(page, `admin-dashboard-${width}.png`, [
        // The whole newsroom's counts, the views of the last 30 days and their dates.
        page.locator('.status-counts .count'),
        chart.getByText(/^Всего:/),
        chart.locator('svg text'),
        await pinList(top.getByRole('list')),
        // Times relative to now.
        await pinList(queue('Запланированы')),
        await pinList(queue('Опубликованы сегодня')),
      ]);
      await context.close();
    });
  }
});

/** Opens a page at the width and waits until it is whole: images below the fold and fonts. */
async function open(page: Page, url: string, width: number) {
  await page.setViewportSize({ width, height: 900 });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  // A full-page screenshot does not scroll, so lazy images far below the fold would stay empty
  // placeholders: load them all now.
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
  await expect
    .poll(() => page.evaluate(() => [...document.images].every((image) => image.complete)))
    .toBe(true);
}

async function compare(page: Page, name: string, mask: Locator[]) {
  await expect(page).toHaveScreenshot(name, {
    fullPage: true,
    mask,
    maskColor: MASK_COLOR,
    animations: 'disabled',
    caret: 'hide',
    // A full-page screenshot of the home page at 375 px (7,000 px tall) takes seconds here, and
    // the comparison takes two in a row that agree: the 5 s default was not enough.
    timeout: 30_000,
    ...TOLERANCE,
  });
}

/**
 * Takes the rubrics other tests added out of the navigation and the home page's rubric blocks:
 * each new rubric is listed (after the first demo rubric: they all have position 0) and would move
 * everything after it.
 */
async function keepDemoRubrics(page: Page) {
  const demo = demoRubrics.map((rubric) => `/rubric/${rubric.slug}`);
  const rubricItems = page.getByRole('navigation', { name: 'Рубрики' }).getByRole('listitem');
  const blocks = page.locator('section[aria-labelledby^="rubric-"]');
  for (const items of [rubricItems, blocks]) {
    await items.evaluateAll((elements, demo) => {
      for (const element of elements as HTMLElement[]) {
        const href = element.querySelector('a')?.getAttribute('href');
        if (!href || !demo.includes(href)) element.style.display = 'none';
      }
    }, demo);
  }
  // Every page has the navigation, and with the demo's rubrics only.
  await expect(rubricItems.filter({ visible: true })).toHaveCount(demo.length);
}

/** Hides a list's items after the first `keep`. */
async function hideAfter(list: Locator, keep: number) {
  await list.evaluate((element, keep) => {
    for (const item of [...element.children].slice(keep))
      (item as HTMLElement).style.display = 'none';
  }, keep);
}

/**
 * One line per item (cut with an ellipsis) and at most `keep` items: the list's box then has the
 * same size whatever its items say, so they can be masked without moving what follows them.
 * `contain: inline-size` keeps the uncut lines from widening the column the list is in. Returns
 * the items, to be masked one by one: what lies between them (borders, numbers) is still compared.
 */
async function pinList(list: Locator, keep = 1_000): Promise<Locator> {
  await list.evaluateAll((lists, keep) => {
    for (const element of lists as HTMLElement[]) {
      element.style.contain = 'inline-size';
      [...element.children].forEach((item, index) => {
        const style = (item as HTMLElement).style;
        if (index >= keep) style.display = 'none';
        else {
          Object.assign(style, {
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          });
          // An item laid out as a grid (stream, «Популярное»): its cells may shrink too.
          for (const cell of item.children as HTMLCollectionOf<HTMLElement>) {
            Object.assign(cell.style, {
              minWidth: '0',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            });
          }
        }
      });
    }
  }, keep);
  return list.locator(':scope > li');
}

/**
 * The views chart's bars all at full height: their heights are the suite's views of the last 30
 * days, but their colour, width and spacing are the design. (The bars stand on y = the chart's
 * height, which is the viewBox's less 20 px for the day labels.)
 */
async function flattenBars(chart: Locator) {
  await chart.evaluate((svg: SVGSVGElement) => {
    const height = svg.viewBox.baseVal.height - 20;
    for (const bar of svg.querySelectorAll('rect')) {
      bar.setAttribute('y', '0');
      bar.setAttribute('height', String(height));
    }
  });
}

/** «Популярное»: ranked by the views the suite keeps recording. */
async function popularMasks(page: Page): Promise<Locator[]> {
  const items = await pinList(page.locator('section[aria-labelledby="popular-block-heading"] ol'));
  // Each item's headline and count, so that the ranks and the lines between items still show.
  return [items.locator(':scope > *')];
}

/**
 * The side column of the home and article pages: «Популярное» and the archive picker, which starts
 * at the newest month with news (the tests publish today).
 */
async function sideBlockMasks(page: Page): Promise<Locator[]> {
  return [
    ...(await popularMasks(page)),
    page.locator('section[aria-labelledby="archive-picker-heading"] select'),
  ];
}

/** The copyright line names the current year. */
function footerMasks(page: Page): Locator[] {
  return [page.locator('footer.site-footer .container')];
}

/** The reference article's row (its id, its photo), by its address. */
let reference: Promise<ArticleRow> | undefined;
function referenceRow(): Promise<ArticleRow> {
  reference ??= testData.articleBySlug(REFERENCE_SLUG);
  return reference;
}

/**
 * This file's rubric, made once per worker: a rubric's name need not be unique, so a rerun or a
 * second worker makes its own under the same name (hidden from the navigation like every test
 * rubric), and the pages show the same words.
 */
let rubric: ReturnType<typeof testData.createRubric> | undefined;
function fixtureRubric() {
  rubric ??= testData.createRubric(FIXTURE_RUBRIC);
  return rubric;
}

/**
 * The home page leads with the newest featured article and shows the newest breaking one: other
 * tests publish both (with their own texts and no picture), and the demo's expire with time. So
 * this file publishes its own, newest of all, with the reference article's photo (the test-data
 * API expires the home page and the latest news, as a publish does).
 */
async function publishHomeFixtures() {
  const rubric = await fixtureRubric();
  const { heroMediaId } = await referenceRow();
  const now = new Date();
  const lead = await testData.createArticle({
    title: 'Визуальная проверка: главная тема дня',
    lead: 'Лид главной темы: одно предложение о том, что случилось, где и почему это важно для читателей.',
    rubricId: rubric.id,
    heroMediaId,
    featured: true,
    publishAt: now,
  });
  const breaking = await testData.createArticle({
    title: 'Визуальная проверка: срочное сообщение',
    rubricId: rubric.id,
    breaking: true,
    publishAt: now,
  });
  return {
    /**
     * Gives the lead and the banner back: left flagged, these newest stories would take the place
     * of the next test's own (under `--repeat-each`, reader-listings' lead and the breaking
     * journey's banner, 8 of the first 141 @alone runs).
     */
    unflag: () => testData.unflagFrontPage(lead, breaking),
  };
}

/**
 * The author's articles: one in each of the dashboard's queues (an empty queue shows a sentence
 * instead of a list), all edited at fixed times, so that the recent articles' table is the same on
 * every run. Only the scheduled and the published article's times follow the clock.
 */
async function writeAuthorFixtures(userId: number) {
  const own = { createdBy: userId, authorIds: [userId] };
  const edited = (minute: number) => new Date(Date.UTC(2026, 2, 16, 5, minute));
  await testData.createArticle({
    title: 'Визуальная проверка: черновик о подготовке к весенней посевной',
    status: 'draft',
    updatedAt: edited(0),
    ...own,
  });
  await testData.createArticle({
    title: 'Визуальная проверка: материал на проверке у редактора',
    status: 'review',
    updatedAt: edited(10),
    ...own,
  });
  await testData.createArticle({
    title: 'Визуальная проверка: запланированная новость',
    status: 'scheduled',
    publishAt: new Date(Date.now() + 24 * 3_600_000),
    updatedAt: edited(20),
    ...own,
  });
  await testData.createArticle({
    title: 'Визуальная проверка: опубликовано сегодня',
    publishAt: new Date(),
    updatedAt: edited(30),
    ...own,
  });
}
