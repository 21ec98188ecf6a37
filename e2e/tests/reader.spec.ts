import { expect, test } from '@playwright/test';
import { createArticle } from '@vestnik/db/factories';
import { articleSlugs } from '@vestnik/db/schema';
import { testDb } from './support/db';
import { revalidateSite } from './support/revalidate';
import { SITE } from './support/urls';

const REFERENCE_TITLE =
  'Встреча президентов Армении и Азербайджана планируется на следующей неделе в Вене';

test('[READER][HOME] the home page lists the latest news with links to articles', {
  tag: ['@reader', '@smoke'],
}, async ({ page }) => {
  // Published this second and named once: the factory's default time (an hour ago) falls off the
  // latest list once other tests have published enough, and a fixed title repeats on a rerun.
  const fresh = await createArticle(testDb(), {
    title: `Свежая новость для проверки главной ${Date.now()}`,
    publishAt: new Date(),
  });
  // The home page is cached; the admin would expire it after a publish, factories do not.
  await revalidateSite(['home', 'latest']);
  await page.goto(`${SITE}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const link = page.getByRole('link', { name: fresh.title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fresh.title);
});

test('[READER][ARTICLE] the reference article shows its title, text, photo credit, attribution and views', {
  tag: ['@reader', '@smoke'],
}, async ({ page }) => {
  await page.goto(
    `${SITE}/news/vstrecha-prezidentov-armenii-i-azerbaydzhana-planiruetsya-na-sleduyushchey`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REFERENCE_TITLE);
  await expect(page.getByText('Фото с сайта sputnik.by')).toBeVisible();
  await expect(page.locator('.article-body')).toContainText('Бишкекский протокол о перемирии');
  await expect(page.locator('.article-body')).toContainText(
    'передает Kazpravda.kz со ссылкой на interfax.kz',
  );
  await expect(page.locator('.views')).toContainText(/\d/);
  const hero = page.locator('.hero img');
  await expect(hero).toBeVisible();
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('[READER][SLUG] an old slug answers 301 to the current address', {
  tag: ['@reader', '@smoke'],
}, async ({ request }) => {
  const article = await createArticle(testDb(), { title: 'Статья после переименования' });
  await testDb()
    .insert(articleSlugs)
    .values({ slug: `${article.slug}-prezhniy`, articleId: article.id });
  const response = await request.get(`${SITE}/news/${article.slug}-prezhniy`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers().location).toContain(`/news/${article.slug}`);
});

test('[READER][VISIBILITY] a draft is not on the site', { tag: ['@reader', '@smoke'] }, async ({
  request,
}) => {
  const draft = await createArticle(testDb(), { status: 'draft' });
  const response = await request.get(`${SITE}/news/${draft.slug}`);
  expect(response.status()).toBe(404);
});
