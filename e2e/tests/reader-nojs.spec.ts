import { expect, test } from './support/fixtures';
import { HomePage } from './support/pages';
import { SITE } from './support/urls';

/**
 * A reader whose browser runs no JavaScript (an old phone, a privacy mode, a text browser, a
 * crawler that runs no scripts) gets around by links and forms alone: every page arrives whole.
 * These run in the `no-js` project (playwright.config.ts), which turns JavaScript off.
 */
test.describe('[READER][NO-JS] a reader without JavaScript', { tag: '@nojs' }, () => {
  test.use({ javaScriptEnabled: false });

  test('goes from the front page to an article, its rubric and back to the article', {
    tag: ['@reader'],
  }, async ({ makeArticle, makeRubric, uniqueName, page }) => {
    const rubric = await makeRubric({ name: uniqueName('Без скриптов') });
    // Published now: it leads the latest news, whatever other tests published.
    const article = await makeArticle({
      title: uniqueName('Новость для читателя без скриптов'),
      rubricId: rubric.id,
      publishAt: new Date(),
    });

    // Until it shows: a render of the front page begun before this publish may answer first.
    const link = page.getByRole('link', { name: article.title }).first();
    await new HomePage(page).openUntil(() => expect(link).toBeVisible({ timeout: 2_000 }));
    await link.click();
    await expect(page).toHaveURL(`${SITE}/news/${article.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    // The text itself, not a shell waiting for a script.
    await expect(page.locator('article p').first()).toBeVisible();
    await expect(page.locator('article time').first()).toHaveAttribute('datetime', /^\d{4}-/);

    await page.locator('article').getByRole('link', { name: rubric.name }).first().click();
    await expect(page).toHaveURL(`${SITE}/rubric/${rubric.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(rubric.name);
    await page.getByRole('link', { name: article.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  });

  test('walks the archive from the year to the reference article’s day by links', {
    tag: ['@reader'],
  }, async ({ page }) => {
    await page.goto(`${SITE}/archive/2016`);
    await page.getByRole('link', { name: /^Май/ }).first().click();
    await expect(page).toHaveURL(/\/archive\/2016\/05$/);
    await page.getByRole('link', { name: /^12 мая 2016, \d+ материал/ }).click();
    await expect(page).toHaveURL(/\/archive\/2016\/05\/12$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('12 мая 2016');
  });

  test('searches with the header form and switches the language by its link', {
    tag: ['@reader'],
  }, async ({ page }) => {
    await page.goto(`${SITE}/`);
    const search = page.getByRole('search').first();
    await search.getByRole('searchbox').fill('встреча президентов');
    await search.getByRole('button', { name: 'Найти' }).click();
    await expect(page).toHaveURL(/\/search\?q=/);
    // Other word forms match: «встреча президентов» finds «Встреча президентов…».
    await expect(page.locator('main mark').first()).toBeVisible();

    await page.goto(`${SITE}/`);
    await page.getByRole('link', { name: 'Қазақша' }).click();
    await expect(page).toHaveURL(`${SITE}/kk`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(`${SITE}/`);
  });
});
