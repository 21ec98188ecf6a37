import { randomBytes, randomInt } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { loginAs } from './support/auth';
import { fileOnDisk } from './support/files';
import { ADMIN, SITE } from './support/urls';

const cdata = (text: string) => `<![CDATA[${text}]]>`;

/**
 * A WordPress export of `posts` posts from a site of its own (a new host, post ids and first
 * permalink per run, so every run imports afresh): the first post with a Cyrillic permalink and
 * a comment, the second a draft, the rest short news, dated in 2013 so that they stay out of the
 * site's newest lists.
 */
function wxr(host: string, title: string, posts: number, firstId: number, firstSlug: string) {
  const items: string[] = [];
  const start = Date.UTC(2013, 0, 1, 6);
  for (let n = 1; n <= posts; n++) {
    // Post ids of this run only: `/?p=<id>` is one namespace for the whole site.
    const id = firstId + n - 1;
    const date = new Date(start + n * 45 * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    const slug = n === 1 ? firstSlug : `novost-${id}`;
    const name = n === 1 ? title : `Новость архива ${id} (${host})`;
    items.push(`<item>
<title>${cdata(name)}</title>
<link>https://${host}/${date.slice(0, 10).replaceAll('-', '/')}/${slug}/</link>
<dc:creator>${cdata('redaktsiya')}</dc:creator>
<content:encoded>${cdata(`<!-- wp:paragraph --><p>Текст новости ${id}: жители обсудили городские новости.</p><!-- /wp:paragraph -->\n<p>Второй абзац с <a href="https://example.kz/">ссылкой</a>.</p>`)}</content:encoded>
<excerpt:encoded>${cdata(`Лид новости ${id}.`)}</excerpt:encoded>
<wp:post_id>${id}</wp:post_id>
<wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt>
<wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(n === 2 ? 'draft' : 'publish')}</wp:status>
<wp:post_type>${cdata('post')}</wp:post_type>
<category domain="category" nicename="gorod">${cdata('Город')}</category>
${n === 1 ? `<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_content>${cdata('Спасибо!')}</wp:comment_content></wp:comment>` : ''}
</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Старый сайт</title>
<link>https://${host}</link>
<language>ru-RU</language>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://${host}</wp:base_site_url>
<wp:author><wp:author_login>${cdata('redaktsiya')}</wp:author_login><wp:author_email>${cdata(`redaktsiya@${host}`)}</wp:author_email><wp:author_display_name>${cdata('Редакция')}</wp:author_display_name></wp:author>
${items.join('\n')}
</channel>
</rss>
`;
}

test('[ADMIN][IMPORT] an admin uploads a WordPress export, follows the job across a reload, reads the report and finds an article by its old address', {
  tag: ['@editor', '@import'],
}, async ({ browser, request }) => {
  test.setTimeout(180_000);
  const run = randomBytes(4).toString('hex');
  const host = `e2e-${run}.example.kz`;
  const title = `Проверка импорта ${run}`;
  const posts = 600;
  // Old paths are one namespace for the whole site too (the host is dropped): this run's own.
  const oldSlug = `${encodeURIComponent('проверка-импорта').toLowerCase()}-${run}`;
  const { context } = await loginAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto(`${ADMIN}/`);
  await page
    .getByRole('navigation', { name: 'Разделы редакции' })
    .getByRole('link', { name: 'Импорт' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Импорт' })).toBeVisible();

  await page
    .getByLabel(/Файл экспорта/)
    .setInputFiles(
      fileOnDisk(
        `${host}.xml`,
        wxr(host, title, posts, randomInt(10_000_000, 2_000_000_000), oldSlug),
      ),
    );
  await page.getByRole('button', { name: 'Загрузить и импортировать' }).click();
  await expect(page).toHaveURL(/\/imports\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${host}.xml`);

  // It runs on the server: the page may be reloaded meanwhile.
  const status = page.getByTestId('import-status');
  await expect(status).toHaveText(/в очереди|идёт|завершён/);
  await page.reload();
  await expect(status).toHaveText('завершён', { timeout: 150_000 });
  await expect(page.getByTestId('count-imported')).toHaveText(posts.toLocaleString('ru-RU'));
  await expect(page.getByTestId('count-failed')).toHaveText('0');
  await expect(page.getByRole('cell', { name: 'комментарии (не переносятся)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Скачать полный отчёт (JSON)' })).toBeVisible();

  // The history lists it; the old address finds the article.
  await page.goto(`${ADMIN}/imports`);
  await expect(page.getByRole('link', { name: `${host}.xml` })).toBeVisible();
  const oldAddress = `https://${host}/2013/01/01/${oldSlug}/`;
  await page.getByLabel('Старый адрес').fill(oldAddress);
  await page.getByRole('button', { name: 'Найти' }).click();
  const found = page.getByRole('status').filter({ hasText: 'теперь' });
  await expect(found.getByRole('link', { name: title })).toBeVisible();
  const siteLink = found.getByRole('link', { name: /\/news\// });
  const newAddress = new URL((await siteLink.getAttribute('href'))!).pathname;

  // And on the site the old address answers 301 to it.
  const old = await request.get(`${SITE}${new URL(oldAddress).pathname.replace(/\/$/, '')}`, {
    maxRedirects: 0,
  });
  expect(old.status()).toBe(301);
  expect(new URL(old.headers().location!, SITE).pathname).toBe(newAddress);
  const article = await request.get(`${SITE}${newAddress}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(title);
  await context.close();
});

test('[ADMIN][IMPORT] a file that is not an export is refused with a sentence, and only admins see the page', {
  tag: ['@editor', '@import'],
}, async ({ browser }) => {
  const { context } = await loginAs(browser, 'admin');
  const page = await context.newPage();
  await page.goto(`${ADMIN}/imports`);
  await page
    .getByLabel(/Файл экспорта/)
    .setInputFiles(fileOnDisk('photo.xml', '\u0089PNG\r\n\u001a\n not an export at all'));
  await page.getByRole('button', { name: 'Загрузить и импортировать' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'не похож ни на экспорт WordPress' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/imports$/);
  await context.close();

  const editor = await loginAs(browser, 'editor');
  const editorPage = await editor.context.newPage();
  await editorPage.goto(`${ADMIN}/`);
  await expect(
    editorPage
      .getByRole('navigation', { name: 'Разделы редакции' })
      .getByRole('link', { name: 'Импорт' }),
  ).toHaveCount(0);
  await editorPage.goto(`${ADMIN}/imports`);
  await expect(editorPage.getByLabel(/Файл экспорта/)).toHaveCount(0);
  await editor.context.close();
});
