import { randomBytes } from 'node:crypto';
import { expect, test } from './support/fixtures';
import { ADMIN } from './support/urls';

test('[EDITOR][AUTH] without a session the admin sends you to the login page', {
  tag: ['@editor'],
}, async ({ page }) => {
  await page.goto(`${ADMIN}/`);
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Вход в редакцию' })).toBeVisible();
});

test('[EDITOR][AUTH] an editor logs in, sees the newsroom dashboard and logs out', {
  tag: ['@editor', '@smoke'],
}, async ({ makeArticle, makeAuthor, page, uniqueName }) => {
  const editor = await makeAuthor({ role: 'editor', name: 'Редактор Проверочный' });
  // The dashboard lists the newest changes: the test's own article, not a seeded one that other
  // tests (or a repeat) push off the list.
  const fresh = await makeArticle({
    status: 'review',
    title: uniqueName('В Алматы откроется международная книжная ярмарка'),
  });
  await page.goto(`${ADMIN}/login`);
  await page.getByLabel('Email').fill(editor.email);
  await page.getByLabel('Пароль').fill(editor.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('heading', { name: 'Рабочий стол' })).toBeVisible();
  await expect(page.getByText('Редактор Проверочный (редактор)')).toBeVisible();
  await expect(page.getByRole('cell', { name: fresh.title })).toBeVisible();
  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto(`${ADMIN}/`);
  await expect(page).toHaveURL(/\/login$/);
});

test('[EDITOR][AUTH] a wrong password gets a message that does not say whether the email exists', {
  tag: ['@editor'],
}, async ({ makeAuthor, forgetLoginsOf, page }) => {
  const editor = await makeAuthor({ role: 'editor' });
  // An address no account has, new each run: a fixed one locks after five runs (--repeat-each).
  const nobody = `nobody-${randomBytes(4).toString('hex')}@vestnik.local`;
  for (const email of [forgetLoginsOf(editor.email), forgetLoginsOf(nobody)]) {
    await page.goto(`${ADMIN}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Пароль').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.locator('.form-error[role=alert]')).toHaveText('Неверный email или пароль.');
  }
});

test('[EDITOR][AUTH] a session made through the API opens the dashboard', {
  tag: ['@editor'],
}, async ({ asAuthor }) => {
  await asAuthor.page.goto(`${ADMIN}/`);
  await expect(asAuthor.page.getByText(`${asAuthor.user.name} (автор)`)).toBeVisible();
});
