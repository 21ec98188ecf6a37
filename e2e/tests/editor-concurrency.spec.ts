import { expect, type Page, test } from '@playwright/test';
import type { ArticleFactoryParams } from '@vestnik/db/factories';
import { type LoggedIn, loginAs } from './support/auth';
import { testData } from './support/test-data';
import { ADMIN } from './support/urls';

// Most tests here drive two editors, each in a browser context of its own: twice the pages of a
// one-editor test. In a 2-worker repeat run (load average 10) both CONCURRENCY tests spent 31 s
// of the default 30 with every step answered: 7.5 s per editor page load, 2.4 s to open a page.
test.describe.configure({ timeout: 90_000 });

/** A mark that differs on every run, so repeats in one database never meet old titles. */
const runMark = () => Date.now().toString().slice(-7);

/** The article as the admin saved it (through the test-data API). */
const savedArticle = (id: number) => testData.article(id);

const lockHolder = async (id: number) => (await savedArticle(id)).lockedBy;

/** An article by this author in a rubric of its own (the factories' names are unique). */
async function articleBy(author: LoggedIn, overrides: ArticleFactoryParams = {}) {
  const rubric = await testData.createRubric();
  return testData.createArticle({
    rubricId: rubric.id,
    authorIds: [author.user.id],
    createdBy: author.user.id,
    ...overrides,
  });
}

async function openEditor(who: LoggedIn, id: number): Promise<Page> {
  const page = await who.context.newPage();
  await page.goto(`${ADMIN}/articles/${id}`);
  // The page holds the lock once its first heartbeat answered: the editor is live.
  await expect.poll(() => lockHolder(id)).not.toBeNull();
  return page;
}

const title = (page: Page) => page.getByLabel('Заголовок', { exact: true });
const lead = (page: Page) => page.getByLabel('Лид', { exact: true });

async function saveAndWait(page: Page) {
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible();
}

/** B's save is refused; B follows the UI's own steps: fresh version, then the kept copy. */
async function refuseThenRestore(page: Page) {
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Статья изменена другим редактором' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Открыть свежую версию' }).click();
  await page.getByRole('button', { name: 'Восстановить копию' }).click();
}

test('[EDITOR][CONCURRENCY] restoring a refused copy keeps the other editor’s lead: A saves the lead, B the title', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const mark = runMark();
  const a = await loginAs(browser, 'editor', { name: `Редактор А ${mark}` });
  const b = await loginAs(browser, 'editor', { name: `Редактор Б ${mark}` });
  const article = await articleBy(a, { title: `Исходный заголовок ${mark}` });
  const pageA = await openEditor(a, article.id);
  const pageB = await b.context.newPage();
  await pageB.goto(`${ADMIN}/articles/${article.id}`);
  await expect(title(pageB)).toHaveValue(article.title);

  const leadA = `Лид редактора А ${mark}.`;
  await lead(pageA).fill(leadA);
  await saveAndWait(pageA);

  const titleB = `Заголовок редактора Б ${mark}`;
  await title(pageB).fill(titleB);
  await refuseThenRestore(pageB);
  // The copy is merged with the fresh version: B's title, A's lead.
  await expect(title(pageB)).toHaveValue(titleB);
  await expect(lead(pageB)).toHaveValue(leadA);
  await expect(pageB.getByRole('status').filter({ hasText: 'объединена' })).toBeVisible();
  await saveAndWait(pageB);

  const row = await savedArticle(article.id);
  expect(row.title).toBe(titleB);
  expect(row.lead).toBe(leadA);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('[EDITOR][CONCURRENCY] when both changed the lead the restored copy shows both and saves nothing until B chooses', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const mark = runMark();
  const a = await loginAs(browser, 'editor');
  const b = await loginAs(browser, 'editor');
  const article = await articleBy(a, { title: `Спорный лид ${mark}` });
  const pageA = await openEditor(a, article.id);
  const pageB = await b.context.newPage();
  await pageB.goto(`${ADMIN}/articles/${article.id}`);
  await expect(title(pageB)).toHaveValue(article.title);

  const leadA = `Лид А ${mark}.`;
  await lead(pageA).fill(leadA);
  await saveAndWait(pageA);
  const leadB = `Лид Б ${mark}.`;
  const titleB = `Спорный лид: заголовок Б ${mark}`;
  await lead(pageB).fill(leadB);
  await title(pageB).fill(titleB);
  await refuseThenRestore(pageB);

  const choice = pageB.getByRole('group', { name: 'Лид' });
  await expect(choice).toContainText(leadA);
  await expect(choice).toContainText(leadB);
  // Undecided: the form still shows the saved version, and nothing can be saved.
  await expect(lead(pageB)).toHaveValue(leadA);
  await expect(pageB.getByRole('button', { name: 'Сохранить' })).toBeDisabled();
  const version = (await savedArticle(article.id)).version;
  await choice.getByLabel('Ваша копия').check();
  await pageB.getByRole('button', { name: 'Применить выбор' }).click();
  await expect(lead(pageB)).toHaveValue(leadB);
  await expect(title(pageB)).toHaveValue(titleB);
  expect((await savedArticle(article.id)).version).toBe(version);
  await saveAndWait(pageB);

  const row = await savedArticle(article.id);
  expect(row.lead).toBe(leadB);
  expect(row.title).toBe(titleB);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('[EDITOR][LOCK] leaving the editor frees the lock: whoever opens the article next sees no notice', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const a = await loginAs(browser, 'editor');
  const b = await loginAs(browser, 'editor');
  const article = await articleBy(a, { status: 'draft' });
  const notice = (page: Page) => page.getByText('редактирует этот материал');

  // A leaves inside the app (the editor unmounts)…
  const pageA = await openEditor(a, article.id);
  await pageA.getByRole('link', { name: 'Материалы' }).click();
  await expect(pageA).toHaveURL(`${ADMIN}/articles`);
  await expect.poll(() => lockHolder(article.id)).toBeNull();
  const pageB = await openEditor(b, article.id);
  expect(await lockHolder(article.id)).toBe(b.user.id);
  await expect(notice(pageB)).toHaveCount(0);

  // …B leaves the page altogether (a full navigation: pagehide).
  await pageB.goto(`${ADMIN}/`);
  await expect.poll(() => lockHolder(article.id)).toBeNull();
  const again = await openEditor(a, article.id);
  expect(await lockHolder(article.id)).toBe(a.user.id);
  await expect(notice(again)).toHaveCount(0);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('[EDITOR][LOCK] an open editor is announced to the next one, who may take it over', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const a = await loginAs(browser, 'editor', { name: `Держатель Блокировки ${runMark()}` });
  const b = await loginAs(browser, 'editor');
  const article = await articleBy(a, { status: 'draft' });
  await openEditor(a, article.id);
  const pageB = await b.context.newPage();
  await pageB.goto(`${ADMIN}/articles/${article.id}`);
  await expect(pageB.getByText(`${a.user.name} редактирует этот материал`)).toBeVisible();
  await pageB.getByRole('button', { name: 'Перехватить редактирование' }).click();
  await expect(pageB.getByText('редактирует этот материал')).toHaveCount(0);
  await expect.poll(() => lockHolder(article.id)).toBe(b.user.id);
  await Promise.all([a.context.close(), b.context.close()]);
});

test('[EDITOR][SLUG] a draft titled like another shows, before any save, the address publishing gives it', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const mark = runMark();
  const shared = `Duplicate headline ${mark}`;
  const slug = `duplicate-headline-${mark}`;
  const editor = await loginAs(browser, 'editor');
  await articleBy(editor, { status: 'draft', title: shared, slug });
  // In review: nothing saves by itself, so what the editor shows is not yet stored anywhere.
  const second = await articleBy(editor, { status: 'review', title: `Другой ${mark}` });
  const page = await openEditor(editor, second.id);
  await title(page).fill(shared);
  await expect(page.getByTestId('article-address')).toHaveText(new RegExp(`/news/${slug}-2$`));
  await expect(page.getByLabel('Адрес (slug)')).toHaveValue(`${slug}-2`);
  expect((await savedArticle(second.id)).slug).toBe(second.slug);

  await page.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Опубликован');
  expect((await savedArticle(second.id)).slug).toBe(`${slug}-2`);
  await expect(page.getByTestId('article-address')).toHaveText(new RegExp(`/news/${slug}-2$`));
  await expect(page.getByRole('link', { name: 'на сайте' })).toHaveAttribute(
    'href',
    new RegExp(`/news/${slug}-2$`),
  );
  await editor.context.close();
});
