import type { Page } from '@playwright/test';
import { expect, type MadeArticle, test } from './support/fixtures';
import { ADMIN } from './support/urls';

const HOUR = 3_600_000;

/** The number on a dashboard tile («Опубликованы», «Запланированы», …). */
async function tile(page: Page, name: string): Promise<number> {
  const item = page.locator('.status-counts li').filter({ hasText: name });
  return Number(await item.locator('.count').textContent());
}

test('[EDITOR][STATUS] a scheduled article whose time has come reads «Опубликован» in the tiles, the list, its filter and the editor', {
  tag: ['@editor'],
}, async ({ asEditor, makeArticle, makeRubric, uniqueName }) => {
  const { page, user } = asEditor;
  const rubric = await makeRubric();
  let article: MadeArticle | undefined;
  // The tiles count the whole newsroom, which other workers change at any moment (they publish,
  // schedule, and their scheduled articles come due): the counts are read just before and after
  // the article is made, and when something else moved them in between, measured again with a
  // new article. A due article counted as scheduled fails every attempt.
  await expect(async () => {
    await page.goto(`${ADMIN}/`);
    const published = await tile(page, 'Опубликованы');
    const scheduled = await tile(page, 'Запланированы');
    article = await makeArticle({
      title: uniqueName('Вышла по расписанию'),
      status: 'scheduled',
      publishAt: new Date(Date.now() - HOUR),
      rubricId: rubric.id,
      authorIds: [user.id],
    });
    await page.reload();
    expect(await tile(page, 'Опубликованы')).toBe(published + 1);
    expect(await tile(page, 'Запланированы')).toBe(scheduled);
  }).toPass({ timeout: 60_000, intervals: [250, 500, 1000, 2000] });
  const { id, title } = article!;

  const list = (status: string) =>
    `${ADMIN}/articles?status=${status}&q=${encodeURIComponent(title)}`;
  await page.goto(list('published'));
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Опубликован');
  await page.goto(list('scheduled'));
  await expect(page.getByText('Материалов по этим условиям нет.')).toBeVisible();

  await page.goto(`${ADMIN}/articles/${id}`);
  await expect(page.getByTestId('article-status')).toHaveText('Опубликован');
  await expect(page.getByRole('button', { name: 'Снять с публикации' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Опубликовать сейчас' })).toHaveCount(0);
});

test('[ADMIN][AUDIT] the audit log shows a rename in Russian, the unchanged fields left out', {
  tag: ['@editor'],
}, async ({ asAdmin, makeRubric, uniqueName }) => {
  const { page } = asAdmin;
  const rubric = await makeRubric();
  const renamed = uniqueName('Переименована');
  await page.goto(`${ADMIN}/rubrics`);
  const rubricRow = page.getByRole('row').filter({ hasText: `/${rubric.slug}` });
  await rubricRow.getByText('Изменить').click();
  await rubricRow.getByLabel('Название').fill(renamed);
  await rubricRow.getByRole('button', { name: 'Сохранить' }).click();
  await expect(rubricRow.getByText('Сохранено.')).toBeVisible();

  await page.goto(`${ADMIN}/audit?entity=rubric&action=rubric.update`);
  const row = page.getByRole('row').filter({ hasText: `№ ${rubric.id}` });
  await expect(row).toContainText('Правка рубрики');
  await expect(row.locator('.audit-changes li')).toHaveText([
    `название: ${rubric.name} → ${renamed}`,
  ]);
});
