import { expect, type Page, test } from '@playwright/test';
import { loginAs } from './support/auth';
import { testData } from './support/test-data';
import { ADMIN, SITE, siteUrl } from './support/urls';

/**
 * A mark that differs on every run and repeat (digits written as Cyrillic letters): titles and
 * tags of one run never meet those of another in the same database.
 */
const runMark = () =>
  [...`${Date.now()}${Math.floor(Math.random() * 10)}`.slice(-8)]
    .map((digit) => 'абвгдежзик'[Number(digit)])
    .join('');

/** The article as the admin saved it (through the test-data API). */
const savedArticle = (id: number) => testData.article(id);

async function shot(page: Page, name: string) {
  // Screenshots for a human look at the layout, only when asked for.
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

const panel = (page: Page) => page.getByRole('region', { name: 'Перевод' });

test('[EDITOR][TRANSLATION] a Kazakh translation is created from a Russian article, prefilled and linked both ways', {
  tag: ['@editor'],
}, async ({ browser }) => {
  test.setTimeout(90_000);
  const mark = runMark();
  const editor = await loginAs(browser, 'editor');
  const rubric = await testData.createRubric();
  const title = `Саммит в Астане ${mark}`;
  const original = await testData.createArticle({
    title,
    status: 'draft',
    rubricId: rubric.id,
    authorIds: [editor.user.id],
    createdBy: editor.user.id,
    paragraphs: [`Лидеры обсудили транзит ${mark}.`],
  });
  const [tag] = await testData.insertRows('tags', [
    { name: `Саммит ${mark}`, slug: `sammit-${original.id}` },
  ]);
  await testData.insertRows('article_tags', [{ articleId: original.id, tagId: tag!.id }]);

  const page = await editor.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ADMIN}/articles/${original.id}`);
  await expect(page.getByLabel('Язык')).toHaveValue('ru');
  await expect(panel(page)).toContainText('Перевода на казахский нет.');
  await shot(page, 'translation-original-1280');

  await panel(page).getByRole('button', { name: 'Создать перевод на казахский' }).click();
  await expect(page).not.toHaveURL(new RegExp(`/articles/${original.id}$`));
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  const translationId = Number(page.url().split('/').pop());

  // The new draft: the same text to translate, in Kazakh, linked to the original.
  await expect(page.getByLabel('Заголовок', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Язык')).toHaveValue('kk');
  await expect(page.getByTestId('article-status')).toHaveText('Черновик');
  await expect(page.getByTestId('article-address')).toContainText(`${SITE}/kk/news/`);
  await expect(panel(page).getByRole('link', { name: title })).toHaveAttribute(
    'href',
    `/articles/${original.id}`,
  );
  await expect(panel(page)).toContainText('Русский · Черновик');
  await shot(page, 'translation-draft-1280');

  const copy = await savedArticle(translationId);
  expect(copy).toMatchObject({
    locale: 'kk',
    status: 'draft',
    rubricId: rubric.id,
    translationGroup: original.id,
  });
  expect((await savedArticle(original.id)).translationGroup).toBe(original.id);
  // The draft's tags, as its editor lists them (tag names are unique): the original's one tag.
  const copiedTags = page.getByRole('button', { name: /^Убрать тег / });
  await expect(copiedTags).toHaveCount(1);
  await expect(copiedTags).toHaveAttribute('aria-label', `Убрать тег ${tag!.name}`);

  // The translator retitles it in Kazakh; the original's panel shows it.
  const kazakhTitle = `Астанадағы саммит ${mark}`;
  await page.getByLabel('Заголовок', { exact: true }).fill(kazakhTitle);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible();
  await page.goto(`${ADMIN}/articles/${original.id}`);
  await expect(panel(page).getByRole('link', { name: kazakhTitle })).toHaveAttribute(
    'href',
    `/articles/${translationId}`,
  );
  await expect(panel(page)).toContainText('Қазақша · Черновик');

  // Unlinking leaves both articles; linking again goes through the title search.
  await panel(page).getByRole('button', { name: 'Отвязать перевод' }).click();
  await expect(panel(page).getByRole('status')).toHaveText(/Перевод отвязан/);
  await expect.poll(async () => (await savedArticle(translationId)).translationGroup).toBeNull();
  await panel(page).getByLabel('Или связать с материалом на казахском').fill(`саммит ${mark}`);
  await panel(page)
    .getByRole('button', { name: new RegExp(kazakhTitle) })
    .click();
  await expect(panel(page).getByRole('status')).toHaveText('Перевод связан.');
  await expect(panel(page).getByRole('link', { name: kazakhTitle })).toBeVisible();
  await expect
    .poll(async () => (await savedArticle(translationId)).translationGroup)
    .toBe(original.id);
  await editor.context.close();
});

test('[EDITOR][LANGUAGE] Kazakh letters in a Russian article bring a suggestion; the language changes only when asked', {
  tag: ['@editor'],
}, async ({ browser }) => {
  test.setTimeout(60_000);
  const mark = runMark();
  const editor = await loginAs(browser, 'editor');
  const page = await editor.context.newPage();
  await page.goto(`${ADMIN}/articles/new`);
  const suggestion = page.getByTestId('locale-suggestion');
  await page.getByLabel('Заголовок', { exact: true }).fill(`Погода в Алматы ${mark}`);
  await expect(suggestion).toHaveCount(0);
  await page.getByLabel('Заголовок', { exact: true }).fill(`Қаланың әуежайы жабылды ${mark}`);
  await expect(suggestion).toContainText(
    'Текст похож на казахский: ә, қ, ң. Сменить язык на казахский?',
  );
  // Never changed silently: the article stays Russian until the editor says so.
  await expect(page.getByLabel('Язык')).toHaveValue('ru');
  await expect(page.getByTestId('article-address')).toContainText(`${SITE}/news/`);
  await suggestion.getByRole('button', { name: 'Сменить на казахский' }).click();
  await expect(page.getByLabel('Язык')).toHaveValue('kk');
  await expect(suggestion).toHaveCount(0);
  await expect(page.getByTestId('article-address')).toContainText(`${SITE}/kk/news/`);
  // Autosave creates the draft, in Kazakh.
  await expect(page).toHaveURL(/\/articles\/\d+$/, { timeout: 15_000 });
  const id = Number(page.url().split('/').pop());
  await expect.poll(async () => (await savedArticle(id)).locale).toBe('kk');
  await editor.context.close();
});

test('[EDITOR][LANGUAGE] the article list shows each article’s language and filters by it', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const mark = runMark();
  const editor = await loginAs(browser, 'editor');
  const ru = await testData.createArticle({ title: `Новости рынка ${mark}`, status: 'draft' });
  const kk = await testData.createArticle({
    title: `Нарық жаңалықтары ${mark}`,
    status: 'draft',
    locale: 'kk',
  });
  const page = await editor.context.newPage();
  await page.goto(`${ADMIN}/articles?q=${encodeURIComponent(mark)}`);
  const rows = page.locator('table.articles-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: ru.title })).toContainText('RU');
  await expect(rows.filter({ hasText: kk.title })).toContainText('KK');

  const filters = page.getByRole('form', { name: 'Фильтр материалов' });
  await filters.getByLabel('Язык').selectOption({ label: 'Қазақша' });
  await filters.getByRole('button', { name: 'Показать' }).click();
  await expect(page).toHaveURL(/lang=kk/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(kk.title);
  await expect(filters.getByLabel('Язык')).toHaveValue('kk');

  await page.goto(`${ADMIN}/articles?q=${encodeURIComponent(mark)}&lang=ru`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(ru.title);
  await editor.context.close();
});

test('[JOURNEY][KK] a translation made and published in the admin reaches the Russian page’s switch and hreflang at once', {
  tag: ['@editor', '@reader'],
}, async ({ browser, page }) => {
  test.setTimeout(120_000);
  const mark = runMark();
  const editor = await loginAs(browser, 'editor');
  const rubric = await testData.createRubric();
  const original = await testData.createArticle({
    title: `Сессия маслихата ${mark}`,
    rubricId: rubric.id,
    authorIds: [editor.user.id],
    paragraphs: [`Депутаты утвердили бюджет ${mark}.`],
  });
  // A reader has the Russian page (stored by the site): no Kazakh version yet.
  await page.goto(siteUrl(`/news/${original.slug}`));
  await expect(page.locator('link[rel="alternate"][hreflang="kk"]')).toHaveCount(0);

  const admin = await editor.context.newPage();
  await admin.goto(`${ADMIN}/articles/${original.id}`);
  await panel(admin).getByRole('button', { name: 'Создать перевод на казахский' }).click();
  await expect(admin.getByLabel('Язык')).toHaveValue('kk');
  const kazakhTitle = `Мәслихат сессиясы ${mark}`;
  await admin.getByLabel('Заголовок', { exact: true }).fill(kazakhTitle);
  await admin.getByRole('button', { name: 'Сохранить' }).click();
  await expect(admin.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible();
  await admin.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  await expect(admin.getByTestId('article-status')).toHaveText('Опубликован');
  const address = (await admin.getByTestId('article-address').textContent()) ?? '';
  const kazakhPath = new URL(/https?:\/\/\S+/.exec(address)![0]).pathname;
  expect(kazakhPath).toMatch(/^\/kk\/news\//);

  // The Russian page learns of it without anyone touching the Russian article (a few seconds
  // of slack for a loaded machine; the real figure is milliseconds: the publish expires the
  // pair's tag).
  await expect
    .poll(
      async () => {
        await page.goto(siteUrl(`/news/${original.slug}`));
        return page.locator('link[rel="alternate"][hreflang="kk"]').getAttribute('href');
      },
      { timeout: 10_000 },
    )
    .toContain(kazakhPath);
  await page.getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(`${SITE}${kazakhPath}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kazakhTitle);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await editor.context.close();
});
