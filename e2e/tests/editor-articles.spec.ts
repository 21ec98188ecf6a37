import { expect, type Page, test } from '@playwright/test';
import { createArticle, createRubric, createUser } from '@vestnik/db/factories';
import { loginAs } from './support/auth';
import { testDb } from './support/db';
import { ADMIN, SITE } from './support/urls';

/**
 * A mark that differs on every run and repeat (digits written as Cyrillic letters, so a person's
 * name stays a name): a test that fixes a title or slug reserves it, and a second run in the same
 * database would get a suffixed address or a duplicate name instead.
 */
const runMark = () =>
  [...Date.now().toString().slice(-7)].map((digit) => 'абвгдежзик'[Number(digit)]).join('');

/** A datetime-local value in the site's zone (Asia/Almaty), `minutes` from now. */
function almatyInput(minutes: number): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(Date.now() + minutes * 60_000));
  return parts.replace(' ', 'T');
}

const savedArticle = (id: number) =>
  testDb().query.articles.findFirst({ where: (a, { eq }) => eq(a.id, id) });

const status = (page: Page) => page.getByTestId('article-status');

async function shot(page: Page, name: string) {
  // Screenshots for a human look at the layout, only when asked for.
  const dir = process.env.E2E_SCREENSHOT_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

async function draftFor(authorId: number, overrides: Parameters<typeof createArticle>[1] = {}) {
  const rubric = await createRubric(testDb());
  return createArticle(testDb(), {
    status: 'draft',
    rubricId: rubric.id,
    authorIds: [authorId],
    createdBy: authorId,
    ...overrides,
  });
}

test('[EDITOR][WORKFLOW] an author drafts and submits, an editor publishes, the site shows it at its Kazakh slug', {
  tag: ['@editor', '@smoke'],
}, async ({ browser }) => {
  const mark = Date.now().toString().slice(-7);
  const kazakhTitle = `Қазақстан өңірлерінде көктемгі егіс басталды ${mark}`;
  const kazakhSlug = `qazaqstan-onirlerinde-koktemgi-egis-bastaldy-${mark}`;
  const author = await loginAs(browser, 'author');
  const page = await author.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ADMIN}/articles/new`);
  await page.getByLabel('Заголовок', { exact: true }).fill(kazakhTitle);
  await expect(page.getByLabel('Адрес (slug)')).toHaveValue(kazakhSlug);
  await page.getByLabel('Лид', { exact: true }).fill('Аграрии северных областей вышли в поле.');
  await page.getByLabel('Текст статьи').click();
  await page.keyboard.type('Посевная кампания стартовала в Костанайской области.');
  await page.getByLabel('Рубрика').selectOption({ index: 1 });
  // Autosave: a new draft is created by itself and the address switches to the article.
  await expect(page.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await shot(page, 'd-editor-1280');
  await page.setViewportSize({ width: 375, height: 800 });
  await shot(page, 'd-editor-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  const id = Number(page.url().split('/').pop());
  await page.getByRole('button', { name: 'Отправить на проверку' }).click();
  await expect(status(page)).toHaveText('На проверке');
  await expect(page.getByRole('button', { name: 'Опубликовать сейчас' })).toHaveCount(0);

  const editor = await loginAs(browser, 'editor', { name: 'Редактор Выпускающий' });
  const editorPage = await editor.context.newPage();
  await editorPage.goto(`${ADMIN}/articles/${id}`);
  // Submitting handed the text over, edit lock included (the author's page is still open): the
  // editor takes the lock and is not told that someone is editing. (Take-over: editor-concurrency.)
  await expect.poll(async () => (await savedArticle(id))?.lockedBy).toBe(editor.user.id);
  await expect(editorPage.getByText('редактирует этот материал')).toHaveCount(0);
  await editorPage.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  await expect(status(editorPage)).toHaveText('Опубликован');

  const reader = await browser.newPage();
  const response = await reader.goto(`${SITE}/news/${kazakhSlug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(kazakhTitle);
  await expect(reader.getByText('Посевная кампания стартовала')).toBeVisible();

  // An edit reaches the site at once (the action expires the article's cache tags)…
  await editorPage.getByLabel('Заголовок', { exact: true }).fill(`${kazakhTitle}: итоги дня`);
  await editorPage.getByRole('button', { name: 'Сохранить' }).click();
  await expect(editorPage.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`${kazakhTitle}: итоги дня`);
  // …the slug stayed fixed, and unpublishing takes the article off the site immediately.
  expect(reader.url()).toBe(`${SITE}/news/${kazakhSlug}`);
  await editorPage.getByRole('button', { name: 'Снять с публикации' }).click();
  await expect(status(editorPage)).toHaveText('Черновик');
  expect((await reader.goto(`${SITE}/news/${kazakhSlug}`))?.status()).toBe(404);
  await Promise.all([author.context.close(), editor.context.close(), reader.close()]);
});

test('[EDITOR][SCHEDULE] a scheduled article stays off the site until its time comes', {
  tag: ['@editor', '@smoke'],
}, async ({ browser }) => {
  test.setTimeout(60_000);
  const editor = await loginAs(browser, 'editor');
  const article = await draftFor(editor.user.id, { title: 'Запланированная новость о посевной' });
  const page = await editor.context.newPage();
  await page.goto(`${ADMIN}/articles/${article.id}`);
  await page.getByLabel('Время публикации').fill(almatyInput(2));
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await expect(status(page)).toHaveText('Запланирован');
  // The reader goes where the editor says the article will be; scheduling a draft whose slug
  // follows its title keeps the address it had.
  const address = page.getByTestId('article-address');
  await expect(address, 'scheduling keeps the draft’s address').toHaveText(
    `${SITE}/news/${article.slug}`,
  );
  const url = (await address.textContent())!;
  // The editor leaves: an open form may still autosave its (future) publish time, which would
  // undo the clock change below.
  await page.close();
  const reader = await browser.newPage();
  expect((await reader.goto(url))?.status()).toBe(404);
  // Instead of waiting for the clock, move the publish time into the past.
  await testDb()
    .$client`update articles set publish_at = now() - interval '1 second' where id = ${article.id}`;
  const [row] = await testDb()
    .$client`select status, publish_at <= now() as due from articles where id = ${article.id}`;
  expect(row, 'the article is scheduled and due').toMatchObject({ status: 'scheduled', due: true });
  // The site keeps a "missing" answer for at most a few seconds (no job flips the status).
  await expect
    .poll(async () => (await reader.goto(url))?.status(), {
      timeout: 40_000,
      intervals: [500, 1000, 2000],
    })
    .toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await editor.context.close();
});

test('[EDITOR][EMBARGO] publishing before the embargo lifts is refused with a clear message', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const editor = await loginAs(browser, 'editor');
  const article = await draftFor(editor.user.id, {
    embargoUntil: new Date(Date.now() + 3 * 3_600_000),
  });
  const page = await editor.context.newPage();
  await page.goto(`${ADMIN}/articles/${article.id}`);
  await page.getByLabel('Время публикации').fill(almatyInput(60));
  await page.getByRole('button', { name: 'Запланировать' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'под эмбарго до' })).toContainText(
    'не может быть раньше',
  );
  await page.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'под эмбарго до' })).toBeVisible();
  await expect(status(page)).toHaveText('Черновик');
  await editor.context.close();
});

test('[EDITOR][CONFLICT] of two editors saving the same version the second is refused and keeps its text', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const first = await loginAs(browser, 'editor', { name: 'Первый Редактор' });
  const second = await loginAs(browser, 'editor');
  const article = await draftFor(first.user.id, { status: 'review' });
  const pageA = await first.context.newPage();
  const pageB = await second.context.newPage();
  await pageA.goto(`${ADMIN}/articles/${article.id}`);
  await pageB.goto(`${ADMIN}/articles/${article.id}`);
  await pageA.getByLabel('Лид', { exact: true }).fill('Лид от первого редактора.');
  await pageA.getByRole('button', { name: 'Сохранить' }).click();
  await expect(pageA.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible();

  const mine = 'Лид от второго редактора, который не должен пропасть.';
  await pageB.getByLabel('Лид', { exact: true }).fill(mine);
  await pageB.getByRole('button', { name: 'Сохранить' }).click();
  const refusal = pageB.getByRole('alert').filter({ hasText: 'Статья изменена другим редактором' });
  await expect(refusal).toContainText('Первый Редактор');
  await expect(refusal).toContainText('Ваши изменения не сохранены');
  await expect(pageB.getByLabel('Лид', { exact: true })).toHaveValue(mine);
  await pageB.getByRole('button', { name: 'Показать чужие изменения' }).click();
  await expect(refusal.locator('del', { hasText: 'первого' })).toBeVisible();
  await expect(refusal.locator('ins', { hasText: 'второго' })).toBeVisible();
  await shot(pageB, 'd-editor-conflict');
  const row = await savedArticle(article.id);
  expect(row?.lead).toBe('Лид от первого редактора.');
  // Opening the fresh version keeps the unsaved text in the browser and offers it back.
  await pageB.getByRole('button', { name: 'Открыть свежую версию' }).click();
  await expect(pageB.getByLabel('Лид', { exact: true })).toHaveValue('Лид от первого редактора.');
  // Both changed the lead: restoring asks which one to keep (see editor-concurrency.spec.ts).
  await pageB.getByRole('button', { name: 'Восстановить копию' }).click();
  await pageB.getByRole('group', { name: 'Лид' }).getByLabel('Ваша копия').check();
  await pageB.getByRole('button', { name: 'Применить выбор' }).click();
  await expect(pageB.getByLabel('Лид', { exact: true })).toHaveValue(mine);
  await Promise.all([first.context.close(), second.context.close()]);
});

test('[EDITOR][REVISIONS] restoring an old version makes it the newest version', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const editor = await loginAs(browser, 'editor');
  const article = await draftFor(editor.user.id, { status: 'review' });
  const page = await editor.context.newPage();
  await page.goto(`${ADMIN}/articles/${article.id}`);
  const title = page.getByLabel('Заголовок', { exact: true });
  for (const text of ['Версия для восстановления', 'Поздняя версия заголовка']) {
    await title.fill(text);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible();
  }
  await page.getByRole('link', { name: 'Версии' }).click();
  await expect(page.getByRole('cell', { name: '3 (текущая)' })).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Восстановить версию 2' }).click();
  await expect(page.getByRole('cell', { name: '4 (текущая)' })).toBeVisible();
  await expect(page.locator('del', { hasText: 'Поздняя' }).first()).toBeVisible();
  await shot(page, 'd-revisions');
  const row = await savedArticle(article.id);
  expect({ title: row?.title, version: row?.version }).toEqual({
    title: 'Версия для восстановления',
    version: 4,
  });
  await editor.context.close();
});

test('[EDITOR][PREVIEW] the preview link shows the unpublished article on the site with a banner', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const author = await loginAs(browser, 'author');
  const article = await draftFor(author.user.id, { title: 'Черновик для предпросмотра' });
  const page = await author.context.newPage();
  await page.goto(`${ADMIN}/articles/${article.id}`);
  await page.getByRole('button', { name: 'Предпросмотр' }).click();
  const link = page.getByTestId('preview-link');
  await expect(link).toBeVisible();
  const url = (await link.getAttribute('href')) ?? '';
  expect(url.startsWith(`${SITE}/preview/`)).toBe(true);
  const reader = await browser.newPage();
  await reader.goto(url);
  await expect(reader.getByText('Предпросмотр — материал не опубликован')).toBeVisible();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const forged = url.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  await reader.goto(forged);
  await expect(reader.getByText('Ссылка предпросмотра недействительна')).toBeVisible();
  await expect(reader.getByText(article.title)).toHaveCount(0);
  await author.context.close();
  await reader.close();
});

test('[EDITOR][ACCESS] an author cannot open another author’s article', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const owner = await loginAs(browser, 'author');
  const stranger = await loginAs(browser, 'author');
  const article = await draftFor(owner.user.id);
  const page = await stranger.context.newPage();
  const response = await page.goto(`${ADMIN}/articles/${article.id}`);
  expect(response?.status()).toBe(404);
  await page.goto(`${ADMIN}/articles`);
  await expect(page.getByRole('link', { name: article.title })).toHaveCount(0);
  const editor = await loginAs(browser, 'editor');
  const list = await editor.context.newPage();
  await list.goto(`${ADMIN}/articles?status=draft`);
  await expect(list.getByRole('link', { name: article.title })).toBeVisible();
  await shot(list, 'd-articles-list');
  await list.goto(`${ADMIN}/`);
  await expect(list.getByRole('region', { name: 'Ждут проверки' })).toBeVisible();
  await shot(list, 'd-dashboard');
  await editor.context.close();
  await Promise.all([owner.context.close(), stranger.context.close()]);
});

test('[EDITOR][BYLINE] an editor adds a co-author, moves them first, publishes; the site shows both in order', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const editor = await loginAs(browser, 'editor', { name: 'Ерлан Редакторов' });
  const coauthorName = `Жанар Соавторова-${runMark()}`;
  const coauthor = await createUser(testDb(), { name: coauthorName });
  const article = await draftFor(editor.user.id, { title: 'Материал с двумя авторами' });
  const page = await editor.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${ADMIN}/articles/${article.id}`);
  const byline = page.getByRole('list', { name: 'Авторы материала' }).getByRole('listitem');
  await expect(byline).toHaveText([/Ерлан Редакторов/]);
  await page.getByLabel('Авторы', { exact: true }).fill(coauthorName);
  await page.getByRole('list', { name: 'Найденные авторы' }).getByRole('button').first().click();
  await expect(byline).toHaveText([/Ерлан Редакторов/, new RegExp(coauthorName)]);
  await page.getByRole('button', { name: `Поднять: ${coauthorName}` }).click();
  await expect(byline).toHaveText([new RegExp(coauthorName), /Ерлан Редакторов/]);
  const field = page.locator('div', { has: page.getByRole('list', { name: 'Авторы материала' }) });
  await field.last().scrollIntoViewIfNeeded();
  await shot(page, 'f-authors-field');
  await page.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  await expect(status(page)).toHaveText('Опубликован');
  const address = page.getByTestId('article-address');
  await expect(address, 'publishing keeps the draft’s address').toHaveText(
    `${SITE}/news/${article.slug}`,
  );

  const reader = await browser.newPage();
  expect((await reader.goto((await address.textContent())!))?.status()).toBe(200);
  const authors = reader.locator('.article-meta a[rel="author"]');
  await expect(authors).toHaveText([coauthorName, 'Ерлан Редакторов']);
  await expect(authors.first()).toHaveAttribute('href', `/author/${coauthor.slug}`);
  await expect(authors.last()).toHaveAttribute('href', `/author/${editor.user.slug}`);
  await Promise.all([editor.context.close(), reader.close()]);
});
