import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { invalidateTags } from '@vestnik/cache/invalidate';
import { articleChangeTags } from '@vestnik/cache/tags';
import { createArticle } from '@vestnik/db/factories';
import { type RunningVarnish, startVarnish } from '@vestnik/deploy/varnish';
import { testDb, testSql } from './support/db';
import { type SiteInstance, startSiteInstance } from './support/site-instance';

/**
 * Several site instances as production runs them: two processes sharing one cache on the
 * machine's Redis (under a prefix of this run's own), Varnish in front with both as probed
 * backends. The change is expired with the admin's own client (@vestnik/cache/invalidate, what
 * the admin calls after every commit): the site it calls is Varnish's address, as configured in
 * production, so the expiry reaches one instance, and Redis carries it to the other.
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

test('[OPS][CLUSTER] an edit expired once is seen through both instances and through Varnish', async () => {
  test.setTimeout(120_000);
  const { one, two, front } = await startCluster();
  const stamp = Date.now();
  const article = await createArticle(testDb(), {
    title: `Два экземпляра ${stamp}`,
    publishAt: new Date(),
  });
  const page = `/news/${article.slug}`;
  for (const base of [one.url, two.url, front]) {
    expect(await title(base + page)).toBe(`Два экземпляра ${stamp}`);
  }
  // Stored everywhere now: a second read of each is the stored page.
  await testSql()`update articles set title = ${`Два экземпляра, правка ${stamp}`} where id = ${article.id}`;
  const report = await invalidateTags(
    { siteUrl: front, revalidateSecret: process.env.REVALIDATE_SECRET, purgeUrls: [`${front}/`] },
    articleChangeTags(article.id, 'Asia/Almaty', {
      ...article,
      status: 'published',
    }),
  );
  expect(report).toEqual({ ok: true, failed: [] });
  const started = Date.now();
  for (const base of [one.url, two.url, front]) {
    await expect
      .poll(() => title(base + page), { timeout: 15_000 })
      .toBe(`Два экземпляра, правка ${stamp}`);
  }
  test.info().annotations.push({
    type: 'figure',
    description: `edit visible on both instances and through Varnish ${Date.now() - started} ms after the expiry returned`,
  });
});

test('[OPS][CLUSTER] killing one instance under load: no failed request through Varnish', async () => {
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
