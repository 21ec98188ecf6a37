import type { APIRequestContext } from '@playwright/test';
import { loginAs } from './support/auth';
import { expect, test } from './support/fixtures';
import { ADMIN, PROXY, SITE } from './support/urls';

/** The site directly, and through Varnish when the suite runs one. */
const READERS = [SITE, ...(PROXY ? [PROXY] : [])];

/** Each change must reach readers within seconds; the real figure is measured by the bench. */
const VISIBLE = { timeout: 8_000, intervals: [200, 300, 500] };

const statusOf = async (request: APIRequestContext, url: string) =>
  (await request.get(url, { maxRedirects: 0 })).status();

const bodyOf = async (request: APIRequestContext, url: string) => (await request.get(url)).text();

test('[READER][CACHE] pages are stored whole and marked for shared caches; search, previews and the API stay private', {
  tag: ['@reader'],
}, async ({ request, referenceArticle }) => {
  // Stored after one render: a later request is a HIT. Not necessarily the very next one: the home
  // page's time may run out or an earlier test's publish may expire it in between (then one STALE
  // answer while it renders again in the background).
  let home = await request.get(`${SITE}/`);
  await expect
    .poll(
      async () => {
        home = await request.get(`${SITE}/`);
        return home.headers()['x-nextjs-cache'];
      },
      { timeout: 5_000, intervals: [100, 200, 500] },
    )
    .toBe('HIT');
  expect(home.headers()['cache-control']).toMatch(
    /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=86400$/,
  );
  expect(home.headers().xkey?.split(' ')).toEqual(expect.arrayContaining(['home', 'latest']));
  expect(home.headers()['set-cookie']).toBeUndefined();

  // The whole article is in the HTML itself: nothing streams in later, nothing needs JavaScript.
  const article = await request.get(referenceArticle.url);
  expect(await article.text()).toContain(referenceArticle.title);
  expect(article.headers().xkey).toMatch(/\barticle:\d+\b/);

  const missing = await request.get(`${SITE}/news/takoy-novosti-net-${Date.now()}`);
  expect(missing.status()).toBe(404);
  const maxAge = Number(/s-maxage=(\d+)/.exec(missing.headers()['cache-control'] ?? '')?.[1]);
  expect(maxAge, 'a 404 is kept at most a few seconds').toBeLessThanOrEqual(5);

  for (const path of ['/search?q=%D0%B2%D0%B5%D0%BD%D0%B0', '/api/health']) {
    const response = await request.get(`${SITE}${path}`);
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
    expect(response.headers().xkey, path).toBeUndefined();
  }
});

test('[EDITOR][CACHE] publish, edit, rename and unpublish reach readers within seconds, directly and through the proxy', {
  tag: ['@reader', '@editor', '@smoke'],
}, async ({ browser, request, makeArticle, makeRubric, uniqueName }) => {
  test.setTimeout(90_000);
  const editor = await loginAs(browser, 'editor');
  const rubric = await makeRubric();
  const draft = await makeArticle({
    status: 'draft',
    title: uniqueName('Кэшируемая новость'),
    rubricId: rubric.id,
    authorIds: [editor.user.id],
  });
  const page = await editor.context.newPage();
  await page.goto(`${ADMIN}/articles/${draft.id}`);
  const address = page.getByTestId('article-address');
  const path = new URL((await address.textContent())!).pathname;
  // Readers asked before the publish: the 404, the home page and the rubric are now cached.
  for (const reader of READERS) {
    expect(await statusOf(request, `${reader}${path}`)).toBe(404);
    expect(await bodyOf(request, `${reader}/rubric/${rubric.slug}`)).not.toContain(draft.title);
    expect(await bodyOf(request, `${reader}/`)).toBeTruthy();
  }

  await page.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Опубликован');
  for (const reader of READERS) {
    await expect.poll(() => statusOf(request, `${reader}${path}`), VISIBLE).toBe(200);
    await expect
      .poll(() => bodyOf(request, `${reader}/rubric/${rubric.slug}`), VISIBLE)
      .toContain(draft.title);
    await expect.poll(() => bodyOf(request, `${reader}/`), VISIBLE).toContain(draft.title);
  }

  const title = `${draft.title}: обновлено`;
  await page.getByLabel('Заголовок', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByText(/Сохранено в \d\d:\d\d/)).toBeVisible();
  for (const reader of READERS) {
    await expect.poll(() => bodyOf(request, `${reader}${path}`), VISIBLE).toContain(title);
    await expect.poll(() => bodyOf(request, `${reader}/`), VISIBLE).toContain(title);
  }

  const renamed = `kesh-${Date.now()}`;
  await page.getByLabel('Адрес (slug)').fill(renamed);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(address).toHaveText(`${SITE}/news/${renamed}`);
  for (const reader of READERS) {
    await expect.poll(() => statusOf(request, `${reader}${path}`), VISIBLE).toBe(301);
    const moved = await request.get(`${reader}${path}`, { maxRedirects: 0 });
    expect(moved.headers().location).toMatch(new RegExp(`/news/${renamed}$`));
    expect(await statusOf(request, `${reader}/news/${renamed}`)).toBe(200);
  }

  await page.getByRole('button', { name: 'Снять с публикации' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('Черновик');
  for (const reader of READERS) {
    await expect.poll(() => statusOf(request, `${reader}/news/${renamed}`), VISIBLE).toBe(404);
    await expect.poll(() => bodyOf(request, `${reader}/`), VISIBLE).not.toContain(title);
  }
  await editor.context.close();
});

test('[READER][CACHE] a scheduled article appears at its time on its page and the front page, directly and through the proxy', {
  tag: ['@reader'],
}, async ({ request, makeArticle, makeRubric, uniqueName }) => {
  const rubric = await makeRubric();
  const publishAt = new Date(Date.now() + 5_000);
  const article = await makeArticle({
    status: 'scheduled',
    title: uniqueName('Запланированная к показу'),
    rubricId: rubric.id,
    publishAt,
  });
  for (const reader of READERS) {
    expect(await statusOf(request, `${reader}/news/${article.slug}`)).toBe(404);
    expect(await bodyOf(request, `${reader}/`)).not.toContain(article.title);
  }
  // Nobody touches anything: the site's publish watcher expires the pages at the time.
  for (const reader of READERS) {
    await expect
      .poll(() => statusOf(request, `${reader}/news/${article.slug}`), {
        timeout: 20_000,
        intervals: [250],
      })
      .toBe(200);
    await expect.poll(() => bodyOf(request, `${reader}/`), VISIBLE).toContain(article.title);
  }
  expect(Date.now()).toBeGreaterThanOrEqual(publishAt.getTime());
});
