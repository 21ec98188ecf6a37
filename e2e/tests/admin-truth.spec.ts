import { expect, type Page, test } from '@playwright/test';
import { createArticle, createRubric } from '@vestnik/db/factories';
import { loginAs } from './support/auth';
import { testDb } from './support/db';
import { ADMIN } from './support/urls';

const HOUR = 3_600_000;

/** The number on a dashboard tile («Опубликованы», «Запланированы», …). */
async function tile(page: Page, name: string): Promise<number> {
  const item = page.locator('.status-counts li').filter({ hasText: name });
  return Number(await item.locator('.count').textContent());
}

test('[EDITOR][STATUS] a scheduled article whose time has come reads «Опубликован» in the tiles, the list, its filter and the editor', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const stamp = Date.now();
  const { context, user } = await loginAs(browser, 'editor');
  const page = await context.newPage();
  await page.goto(`${ADMIN}/`);
  const published = await tile(page, 'Опубликованы');
  const scheduled = await tile(page, 'Запланированы');

  const rubric = await createRubric(testDb());
  const article = await createArticle(testDb(), {
    title: `Вышла по расписанию ${stamp}`,
    status: 'scheduled',
    publishAt: new Date(Date.now() - HOUR),
    rubricId: rubric.id,
    authorIds: [user.id],
  });
  await page.reload();
  expect(await tile(page, 'Опубликованы')).toBe(published + 1);
  expect(await tile(page, 'Запланированы')).toBe(scheduled);

  const list = (status: string) =>
    `${ADMIN}/articles?status=${status}&q=${encodeURIComponent(String(stamp))}`;
  await page.goto(list('published'));
  const row = page.getByRole('row').filter({ hasText: article.title });
  await expect(row).toContainText('Опубликован');
  await page.goto(list('scheduled'));
  await expect(page.getByText('Материалов по этим условиям нет.')).toBeVisible();

  await page.goto(`${ADMIN}/articles/${article.id}`);
  await expect(page.getByTestId('article-status')).toHaveText('Опубликован');
  await expect(page.getByRole('button', { name: 'Снять с публикации' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Опубликовать сейчас' })).toHaveCount(0);
  await context.close();
});

test('[ADMIN][AUDIT] the audit log shows a rename in Russian, the unchanged fields left out', {
  tag: ['@editor'],
}, async ({ browser }) => {
  const stamp = Date.now();
  const { context } = await loginAs(browser, 'admin');
  const rubric = await createRubric(testDb(), { name: `Рубрика ${stamp}` });
  const page = await context.newPage();
  await page.goto(`${ADMIN}/rubrics`);
  const rubricRow = page.getByRole('row').filter({ hasText: `/${rubric.slug}` });
  await rubricRow.getByText('Изменить').click();
  await rubricRow.getByLabel('Название').fill(`Переименована ${stamp}`);
  await rubricRow.getByRole('button', { name: 'Сохранить' }).click();
  await expect(rubricRow.getByText('Сохранено.')).toBeVisible();

  await page.goto(`${ADMIN}/audit?entity=rubric&action=rubric.update`);
  const row = page.getByRole('row').filter({ hasText: `№ ${rubric.id}` });
  await expect(row).toContainText('Правка рубрики');
  await expect(row.locator('.audit-changes li')).toHaveText([
    `название: Рубрика ${stamp} → Переименована ${stamp}`,
  ]);
  await context.close();
});
