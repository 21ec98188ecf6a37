import { tags } from '@vestnik/cache/tags';
import { expect, test } from './support/fixtures';
import { ArticlePage, HomePage } from './support/pages';
import { revalidateSite } from './support/revalidate';
import { testData } from './support/test-data';
import { SITE } from './support/urls';

test('[READER][HOME] the home page lists the latest news with links to articles', {
  tag: ['@reader', '@smoke'],
}, async ({ page, makeArticle, uniqueName }) => {
  // Published this second and named once: the factory's default time (an hour ago) falls off the
  // latest list once other tests have published enough, and a fixed title repeats on a rerun.
  // (makeArticle expires the cached home page, as the admin does after a publish.)
  const fresh = await makeArticle({
    title: uniqueName('Свежая новость для проверки главной'),
    publishAt: new Date(),
  });
  const home = new HomePage(page);
  const link = home.articleLink(fresh.title);
  await home.openUntil(() => expect(link).toBeVisible({ timeout: 2_000 }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await link.click();
  await expect(new ArticlePage(page).heading).toHaveText(fresh.title);
});

test('[READER][ARTICLE] the reference article shows its title, text, photo credit, attribution and views', {
  tag: ['@reader', '@smoke'],
}, async ({ page, referenceArticle }) => {
  const article = new ArticlePage(page);
  await article.open(referenceArticle.path);
  await expect(article.heading).toHaveText(referenceArticle.title);
  await expect(page.getByText(referenceArticle.photoCredit)).toBeVisible();
  await expect(article.body).toContainText(referenceArticle.lastParagraph);
  await expect(article.body).toContainText(referenceArticle.sourcesInText);
  await expect(article.views).toContainText(/\d/);
  const hero = page.locator('.hero img');
  await expect(hero).toBeVisible();
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test('[READER][SLUG] an old slug answers 301 to the current address', {
  tag: ['@reader', '@smoke'],
}, async ({ request, makeArticle }) => {
  const article = await makeArticle({ title: 'Статья после переименования' });
  const oldSlug = `${article.slug}-prezhniy`;
  await testData.insertRows('article_slugs', [{ slug: oldSlug, articleId: article.id }]);
  // What the admin expires when a slug changes: a 404 kept for the old address must go.
  await revalidateSite([tags.slug(oldSlug)]);
  const response = await request.get(`${SITE}/news/${oldSlug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers().location).toContain(`/news/${article.slug}`);
});

test('[READER][VISIBILITY] a draft is not on the site', { tag: ['@reader', '@smoke'] }, async ({
  request,
  makeArticle,
}) => {
  const draft = await makeArticle({ status: 'draft' });
  const response = await request.get(draft.url);
  expect(response.status()).toBe(404);
});
