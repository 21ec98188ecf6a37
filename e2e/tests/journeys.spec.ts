import { expect, test } from './support/fixtures';
import { ArticleEditor, ArticlePage, HomePage } from './support/pages';

/**
 * Journeys across both apps that no other spec walks end to end: what an editor does in the
 * admin, and what a reader then sees on the site (its cache expired by the admin, not by the test).
 */

test('[JOURNEY][CORRECTION] an editor adds a correction to a published article; readers see it under the article, dated', {
  tag: ['@editor', '@reader'],
}, async ({ asEditor, makeArticle, uniqueName, page }) => {
  const article = await makeArticle({ title: uniqueName('Статья с поправкой') });
  const reader = new ArticlePage(page);
  // The reader has the page before the correction: it must not stay as it was stored.
  await reader.open(article.path);
  await expect(reader.heading).toHaveText(article.title);
  const text = uniqueName('Уточнена должность собеседника.');

  const editor = new ArticleEditor(asEditor.page);
  await editor.open(article.id);
  await asEditor.page.getByLabel('Новое исправление').fill(text);
  await asEditor.page.getByRole('button', { name: 'Добавить исправление' }).click();
  await expect(asEditor.page.getByRole('listitem').filter({ hasText: text })).toBeVisible();

  // The admin expired the article's page; a cached site may take a moment to show it.
  await expect(async () => {
    await reader.open(article.path);
    await expect(page.getByText(text)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText(/Исправление от \d{1,2} [а-я]+ \d{4}:/)).toBeVisible();
});

test('[JOURNEY][BREAKING] an editor marks a story «Срочная новость»: the front page shows its banner; unmarked, the banner goes', {
  // The banner is one for the whole site: another test's breaking story would take its place.
  tag: ['@editor', '@reader', '@alone'],
}, async ({ asEditor, makeArticle, makeRubric, uniqueName, page }) => {
  // Everything a published article must have for the editor to save it: a rubric, an author.
  const article = await makeArticle({
    title: uniqueName('Срочно: перекрыта трасса'),
    publishAt: new Date(),
    rubricId: (await makeRubric()).id,
    authorIds: [asEditor.user.id],
  });
  const home = new HomePage(page);
  const editor = new ArticleEditor(asEditor.page);
  const breaking = asEditor.page.getByLabel('Срочная новость (молния)');

  await editor.open(article.id);
  await breaking.check();
  await editor.save();
  await home.openUntil(() =>
    expect(home.breakingBanner).toContainText(article.title, { timeout: 1_000 }),
  );
  await home.breakingBanner.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(article.url);

  await editor.open(article.id);
  await breaking.uncheck();
  await editor.save();
  await home.openUntil(() =>
    expect(home.breakingBanner.getByText(article.title)).toHaveCount(0, { timeout: 1_000 }),
  );
});
