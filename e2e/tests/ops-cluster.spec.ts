import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createArticle, createRubric } from '@vestnik/db/factories';
import { type RunningVarnish, startVarnish } from '@vestnik/deploy/varnish';
import { loginAs } from './support/auth';
import { testDb } from './support/db';
import { type SiteInstance, startAppInstance, startSiteInstance } from './support/site-instance';

/**
 * Several site instances as production runs them: two processes sharing one cache on the
 * machine's Redis (under a prefix of this run's own), Varnish in front with both as probed
 * backends, and an admin of their own whose site address is Varnish's, as configured in
 * production: its expiry after a publish reaches one instance, and Redis carries it to the other.
 */

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const basePort = Number(process.env.E2E_WEB_PORT ?? 3100) + 40;
const HUMAN = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36' };

const sites: SiteInstance[] = [];
let varnish: RunningVarnish | undefined;
let workDir: string | undefined;

test.afterEach(async () => {
  for (const site of sites.splice(0)) await site.stop('SIGKILL');
  await varnish?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  varnish = undefined;
});

async function startCluster() {
  const prefix = `e2e-${process.pid}-${Date.now()}:`;
  const env = { REDIS_URL, REDIS_PREFIX: prefix, TRUSTED_PROXY_HOPS: '1' };
  const [one, two] = await Promise.all([
    startSiteInstance(basePort, env),
    startSiteInstance(basePort + 1, env),
  ]);
  sites.push(one!, two!);
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-e2e-cluster-'));
  varnish = await startVarnish({
    port: basePort + 2,
    backends: [
      { host: '127.0.0.1', port: basePort },
      { host: '127.0.0.1', port: basePort + 1 },
    ],
    workDir,
  });
  return { one: one!, two: two!, front: varnish.url };
}

async function title(url: string): Promise<string | undefined> {
  const answer = await fetch(url, { headers: HUMAN });
  if (answer.status !== 200) return `status ${answer.status}`;
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(await answer.text())?.[1];
}

test('[OPS][CLUSTER] a publish in the admin is seen through both instances and through Varnish', {
  tag: ['@ops', '@local', '@alone'],
}, async ({ browser }) => {
  test.setTimeout(180_000);
  const { one, two, front } = await startCluster();
  // An admin of this cluster: its site is the front (Varnish), which it also purges.
  const admin = await startAppInstance('admin', basePort + 3, {
    SITE_URL: front,
    PURGE_URLS: `${front}/`,
  });
  sites.push(admin);
  const editor = await loginAs(browser, 'editor', {}, admin.url);
  const stamp = Date.now();
  const draft = await createArticle(testDb(), {
    status: 'draft',
    title: `Два экземпляра ${stamp}`,
    // What a public article must have (the publish rules): a rubric and an author.
    rubricId: (await createRubric(testDb())).id,
    authorIds: [editor.user.id],
  });
  const page = await editor.context.newPage();
  await page.goto(`${admin.url}/articles/${draft.id}`);
  const path = new URL((await page.getByTestId('article-address').textContent())!).pathname;
  // Asked before the publish: a (briefly) stored 404 on each instance and in Varnish.
  for (const base of [one.url, two.url, front]) expect(await title(base + path)).toBe('status 404');

  await page.getByRole('button', { name: 'Опубликовать сейчас' }).click();
  // A cold admin process compiles the action on its first use: room for a loaded machine.
  await expect(page.getByTestId('article-status')).toHaveText('Опубликован', { timeout: 20_000 });
  const published = Date.now();
  for (const base of [one.url, two.url, front]) {
    await expect
      .poll(() => title(base + path), { timeout: 15_000, intervals: [50] })
      .toBe(`Два экземпляра ${stamp}`);
  }
  test.info().annotations.push({
    type: 'figure',
    description: `published in the admin: visible on both instances and through Varnish ${Date.now() - published} ms after the editor showed «Опубликован»`,
  });
  await editor.context.close();
});

test('[OPS][CLUSTER] killing one instance under load: no failed request through Varnish', {
  tag: ['@ops', '@local', '@alone'],
}, async () => {
  test.setTimeout(120_000);
  const { two, front } = await startCluster();
  const stamp = Date.now();
  const db = testDb();
  const pages = ['/', '/archive', '/popular'];
  for (let i = 0; i < 20; i++) {
    const article = await createArticle(db, { title: `Под нагрузкой ${stamp} ${i}` });
    pages.push(`/news/${article.slug}`);
  }
  const failures: string[] = [];
  let requests = 0;
  let killedAt: number | undefined;
  // Counted in requests, not seconds: a loaded machine serves fewer per second, the test stays
  // the same: 40 requests before the kill, then until 120 more have been answered.
  const done = () => killedAt !== undefined && requests - killedAt >= 120;
  const reader = async (n: number) => {
    for (let i = n; !done(); i += 8) {
      const url = `${front}${pages[i % pages.length]}${i >= pages.length ? `?r=${i}` : ''}`;
      try {
        const answer = await fetch(url, { headers: HUMAN, redirect: 'manual' });
        await answer.arrayBuffer();
        if (answer.status >= 500) failures.push(`${answer.status} ${url}`);
      } catch (error) {
        failures.push(`${(error as Error).message} ${url}`);
      }
      requests += 1;
      if (requests === 40 && killedAt === undefined) {
        killedAt = requests;
        await two.stop('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, n) => reader(n)));
  test.info().annotations.push({
    type: 'figure',
    description: `${requests} requests, ${failures.length} failed, one instance killed (SIGKILL) after 40`,
  });
  expect(failures).toEqual([]);
});
