import type { Page } from '@playwright/test';
import { tags } from '@vestnik/cache/tags';
import { loginAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { REFERENCE_ARTICLE } from './support/reference';
import { revalidateSite } from './support/revalidate';
import { testData } from './support/test-data';
import { ADMIN, SITE } from './support/urls';

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 800 };
/** Screenshots for people to look at (issue #9); kept out of the repository. */
const SHOTS = process.env.E2E_SHOTS_DIR;

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Top and height of an element, in CSS pixels from the top of the page. */
const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, height: r.height, bottom: r.bottom + window.scrollY };
    });

test.describe('[READER][LAYOUT] phones', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('the rubric bar is one line that scrolls sideways, and the news stream is near the top of home', {
    tag: ['@reader'],
  }, async ({ page }) => {
    await page.goto(`${SITE}/`);
    const bar = page.getByRole('navigation', { name: 'Рубрики' }).locator('ul');
    const links = bar.getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    const tops = await links.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(new Set(tops).size, 'every rubric on one line').toBe(1);
    const scroll = await bar.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
      overflowX: getComputedStyle(el).overflowX,
    }));
    expect(scroll.overflowX).toBe('auto');
    expect(scroll.scrollWidth).toBeGreaterThan(scroll.clientWidth);
    // The page itself does not scroll sideways: only the bar does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await expect(links.last()).toBeAttached();
    const stream = await box(page, 'section[aria-labelledby="latest-heading"]');
    const blocks = await box(page, 'section[aria-labelledby^="rubric-"]');
    expect(stream.top, 'the stream starts within the first two screens').toBeLessThan(
      2 * PHONE.height,
    );
    expect(stream.top, 'the stream comes before the rubric blocks').toBeLessThan(blocks.top);
    await shoot(page, 'home-375');
  });

  test('the article page fits the phone and a portrait photo is not taller than the screen', {
    tag: ['@reader'],
  }, async ({ page }) => {
    await page.goto(REFERENCE_ARTICLE.url);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    const hero = await box(page, '.hero img');
    expect(hero.height).toBeLessThanOrEqual(PHONE.height);
    await shoot(page, 'article-375');
  });
});

test.describe('[READER][LAYOUT] desktop', () => {
  test.use({ viewport: DESKTOP });

  test('the rubric bar and the two home columns stay as they were', { tag: ['@reader'] }, async ({
    page,
  }) => {
    await page.goto(`${SITE}/`);
    const bar = page.getByRole('navigation', { name: 'Рубрики' }).locator('ul');
    expect(await bar.evaluate((el) => getComputedStyle(el).flexWrap)).toBe('wrap');
    const stream = page.locator('section[aria-labelledby="latest-heading"]');
    const lead = page.locator('#lead-story-title');
    const [streamBox, leadBox] = [await stream.boundingBox(), await lead.boundingBox()];
    // The stream is the right-hand column, beside the lead story.
    expect(streamBox!.x).toBeGreaterThan(leadBox!.x + leadBox!.width);
    await shoot(page, 'home-1280');
    await page.goto(REFERENCE_ARTICLE.url);
    await shoot(page, 'article-1280');
  });
});

test.describe('[READER][ATTRIBUTION] the source line', () => {
  test('is one sentence with links to the sources', { tag: ['@reader'] }, async ({
    page,
    makeArticle,
    makeSource,
  }) => {
    const via = await makeSource({ name: 'Kazinform', domain: `kazinform-${Date.now()}.kz` });
    const origin = await makeSource({
      name: 'Агентство Тест',
      domain: `agency-${Date.now()}.kz`,
      url: 'https://agency.example.kz/',
    });
    const article = await makeArticle({ paragraphs: ['Текст без ссылки на источник.'] });
    await testData.insertRows('article_sources', [
      { articleId: article.id, sourceId: via.id, role: 'via', position: 0 },
      { articleId: article.id, sourceId: origin.id, role: 'origin', position: 1 },
    ]);
    // What the admin expires when an article's sources change: its page and the sources' pages.
    await revalidateSite([tags.article(article.id), tags.source(via.id), tags.source(origin.id)]);
    await page.goto(article.url);
    const line = page.locator('.attribution');
    await expect(line).toHaveText(`Об этом передает Kazinform со ссылкой на ${origin.domain}.`);
    await expect(line.getByRole('link', { name: origin.domain! })).toHaveAttribute(
      'href',
      'https://agency.example.kz/',
    );
    await expect(page.getByText('Источник:')).toHaveCount(0);
  });

  test('is left out when the text already names the sources, as the reference article does', {
    tag: ['@reader'],
  }, async ({ page }) => {
    await page.goto(REFERENCE_ARTICLE.url);
    await expect(page.locator('.article-body')).toContainText(REFERENCE_ARTICLE.sourcesInText);
    await expect(page.locator('.attribution')).toHaveCount(0);
    await expect(page.locator('article')).not.toContainText('Источник:');
  });
});

test.describe('[EDITOR][LAYOUT] the admin header', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    test(`fits at ${viewport.width} px (one line on a desktop)`, { tag: ['@reader'] }, async ({
      browser,
    }) => {
      // A long name and every section (an admin's): the widest header there is.
      const { context } = await loginAs(browser, 'admin', {
        name: 'Александра Константинопольская-Нурмагамбетова',
      });
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${ADMIN}/articles`);
      const header = page.locator('.admin-header');
      await expect(header.getByRole('link', { name: 'Журнал' })).toBeVisible();
      await expect(header.getByRole('button', { name: 'Выйти' })).toBeVisible();
      const items = header.locator('.admin-logo, .admin-nav a, .admin-user > *');
      const boxes = await items.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { middle: r.top + r.height / 2, right: r.right, height: r.height };
        }),
      );
      // Nothing sticks out of the screen, at either width.
      for (const b of boxes) expect(b.right).toBeLessThanOrEqual(viewport.width);
      expect(await header.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      if (viewport === DESKTOP) {
        const middles = boxes.map((b) => b.middle);
        expect(Math.max(...middles) - Math.min(...middles), 'one line').toBeLessThanOrEqual(4);
        const tallest = Math.max(...boxes.map((b) => b.height));
        expect((await header.boundingBox())!.height).toBeLessThan(tallest * 2);
      }
      if (SHOTS) await header.screenshot({ path: `${SHOTS}/admin-header-${viewport.width}.png` });
      await context.close();
    });
  }
});
