import { type APIRequestContext, expect, request, test } from '@playwright/test';
import { createArticle, createUser } from '@vestnik/db/factories';
import { testDb, testSql } from './support/db';
import { type SiteInstance, startAppInstance, startSiteInstance } from './support/site-instance';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

/**
 * The site with its database frozen, stopped, and the site itself stopped while views wait in
 * memory. Each test runs its own site process whose database connections pass through a relay
 * the test can break (support/tcp-proxy.ts); the suite's own site and database are untouched.
 * Limits are generous (a loaded CI machine); the figures are measured by hand and in the note:
 * what is asserted is that every request is answered, with the right status, instead of hanging.
 */

const HUMAN = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36' };
const basePort = Number(process.env.E2E_WEB_PORT ?? 3100) + 30;
/** Long enough for a loaded machine, far short of "never" (a hung request). */
const ANSWER_WITHIN_MS = 15_000;

let proxy: TcpProxy;
let site: SiteInstance | undefined;
let reader: APIRequestContext | undefined;

async function startBehindProxy(port: number): Promise<SiteInstance> {
  const direct = new URL(process.env.SITE_DATABASE_URL ?? process.env.DATABASE_URL ?? '');
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(direct);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  site = await startSiteInstance(port, { SITE_DATABASE_URL: viaProxy.toString() });
  reader = await request.newContext({ baseURL: site.url, extraHTTPHeaders: HUMAN });
  return site;
}

test.afterEach(async () => {
  await reader?.dispose();
  await site?.stop('SIGKILL');
  await proxy?.close();
  reader = undefined;
  site = undefined;
});

async function viewCount(id: number): Promise<number> {
  const [row] = await testSql()<{ view_count: number }[]>`
    select view_count from articles where id = ${id}`;
  return Number(row?.view_count);
}

/** A reader's counted view (the first beacon only fetches the reader cookie, see the route). */
async function countView(api: APIRequestContext, id: number) {
  const first = await api.post(`/api/views/${id}`, { timeout: ANSWER_WITHIN_MS });
  if ((await first.json()).retry !== true) return first;
  return api.post(`/api/views/${id}`, { timeout: ANSWER_WITHIN_MS });
}

test('[OPS][DATABASE] database frozen: stored pages still served, others 503 with Retry-After, views kept until it is back', {
  tag: ['@ops', '@local', '@alone'],
}, async () => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  // Published a while ago (the factory's hour), not this second: a publish expires the article's
  // pages once more within the publish watcher's 10-second look-back, and this test needs the
  // page to stay stored.
  const stored = await createArticle(testDb(), {
    title: `Замороженная база, прочитанная ${stamp}`,
  });
  const unseen = await createArticle(testDb(), { title: `Замороженная база, новая ${stamp}` });
  const [storedPath, unseenPath] = [`/news/${stored.slug}`, `/news/${unseen.slug}`];
  await startBehindProxy(basePort);
  expect((await reader!.get(storedPath)).status()).toBe(200);
  expect((await reader!.get('/')).status()).toBe(200);
  const before = await viewCount(stored.id);

  proxy.freeze();
  const frozenAt = Date.now();
  const page = await reader!.get(storedPath, { timeout: ANSWER_WITHIN_MS });
  const storedMs = Date.now() - frozenAt;
  expect(page.status(), 'a stored page needs no database').toBe(200);
  expect((await reader!.get('/', { timeout: ANSWER_WITHIN_MS })).status()).toBe(200);
  const askedAt = Date.now();
  const missing = await reader!.get(unseenPath, { timeout: ANSWER_WITHIN_MS });
  test.info().annotations.push({
    type: 'figure',
    description: `database frozen: stored page ${storedMs} ms, page never rendered 503 after ${Date.now() - askedAt} ms`,
  });
  expect(missing.status(), 'a page never rendered cannot be made without the database').toBe(503);
  expect(Number(missing.headers()['retry-after'])).toBeGreaterThan(0);
  expect(missing.headers()['cache-control']).toContain('no-store');
  expect(await missing.text()).toContain('Сайт временно недоступен');

  // The beacon answers without the database, and the view waits in memory.
  const view = await countView(reader!, stored.id);
  expect(view.status()).toBe(200);
  expect(await view.json()).toMatchObject({ counted: true, views: null });

  proxy.open();
  await expect.poll(() => viewCount(stored.id), { timeout: 30_000 }).toBe(before + 1);
  await expect
    .poll(async () => (await reader!.get(unseenPath)).status(), { timeout: 30_000 })
    .toBe(200);
});

test('[OPS][DATABASE] database stopped: a page never rendered answers 503 in Russian, not 500', {
  tag: ['@ops', '@local', '@alone'],
}, async () => {
  test.setTimeout(120_000);
  const unseen = await createArticle(testDb(), { title: `Остановленная база ${Date.now()}` });
  await startBehindProxy(basePort + 1);
  proxy.refuse();
  // The site's probe needs a moment to notice; until then a failed page is a 500 (and never stored).
  await expect
    .poll(async () => (await reader!.get(`/news/${unseen.slug}`)).status(), { timeout: 20_000 })
    .toBe(503);
  const answer = await reader!.get(`/news/${unseen.slug}`);
  expect(answer.headers()['content-type']).toContain('text/html');
  expect(await answer.text()).toContain('Попробуйте обновить её через минуту');
  proxy.open();
  await expect
    .poll(async () => (await reader!.get(`/news/${unseen.slug}`)).status(), { timeout: 30_000 })
    .toBe(200);
});

test('[OPS][SHUTDOWN] SIGTERM writes every view held in memory, even if the database is away at that moment', {
  tag: ['@ops', '@local', '@alone'],
}, async () => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const articles = [];
  for (let i = 0; i < 12; i++) {
    articles.push(await createArticle(testDb(), { title: `Остановка сайта ${stamp} ${i}` }));
  }
  const instance = await startBehindProxy(basePort + 2);
  const before = await Promise.all(articles.map((a) => viewCount(a.id)));
  // The views go into memory while the database is frozen, so none can have been written yet.
  proxy.freeze();
  for (const article of articles) {
    expect(await (await countView(reader!, article.id)).json()).toMatchObject({ counted: true });
  }
  const exit = instance.stop('SIGTERM');
  // The database comes back while the site is stopping: it waits for it, then writes.
  setTimeout(() => proxy.open(), 2000);
  expect(await exit, instance.output()).toBe(0);
  site = undefined;
  const after = await Promise.all(articles.map((a) => viewCount(a.id)));
  expect(after).toEqual(before.map((n) => n + 1));
});

test('[OPS][DATABASE] the admin with its database frozen: «База данных недоступна» (503), and back once it answers', {
  tag: ['@ops', '@local', '@alone'],
}, async () => {
  test.setTimeout(180_000);
  const direct = new URL(process.env.ADMIN_DATABASE_URL ?? process.env.DATABASE_URL ?? '');
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(direct);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  site = await startAppInstance('admin', basePort + 3, { ADMIN_DATABASE_URL: viaProxy.toString() });
  const user = await createUser(testDb(), { role: 'editor' });
  const api = await request.newContext({ baseURL: site.url });
  reader = api;
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const login = await api.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: `${site.url}/` },
    maxRedirects: 0,
  });
  expect(login.status()).toBe(302);
  expect((await api.get('/articles')).status()).toBe(200);

  proxy.freeze();
  const page = await api.get('/articles', { timeout: ANSWER_WITHIN_MS, maxRedirects: 0 });
  expect(page.status()).toBe(503);
  expect(page.headers()['retry-after']).toBe('30');
  expect(await page.text()).toContain('База данных недоступна');
  // The probes answer all the same: liveness yes, readiness no.
  expect((await api.get('/api/health', { timeout: ANSWER_WITHIN_MS })).status()).toBe(200);
  expect((await api.get('/api/ready', { timeout: ANSWER_WITHIN_MS })).status()).toBe(503);

  proxy.open();
  await expect
    .poll(async () => (await api.get('/articles')).status(), { timeout: 30_000 })
    .toBe(200);
});
