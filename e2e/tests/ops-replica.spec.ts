import { expect, test } from '@playwright/test';
import { createDatabase } from '@vestnik/db/client';
import { createArticle } from '@vestnik/db/factories';
import { type Replica, startReplica } from '@vestnik/db/replica';
import { testDb } from './support/db';
import { type SiteInstance, startSiteInstance } from './support/site-instance';

/**
 * The site reading from a real streaming replica of the test server (pg_basebackup, see
 * @vestnik/db/replica) while view counts go to the primary, and an article the replica has not
 * received yet (replay paused: the worst lag) is found on the primary instead of answering 404.
 * Needs the machine's PostgreSQL and its programs (CI; TEST_DATABASE_URL): the embedded server a
 * newcomer's run uses ships no pg_basebackup.
 */

const basePort = Number(process.env.E2E_WEB_PORT ?? 3100) + 50;
const HUMAN = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36' };

test.skip(
  !process.env.TEST_DATABASE_URL,
  'needs the machine PostgreSQL (TEST_DATABASE_URL) to make a streaming replica of',
);

let replica: Replica | undefined;
let site: SiteInstance | undefined;
let onReplica: ReturnType<typeof createDatabase>['sql'] | undefined;

test.afterAll(async () => {
  await site?.stop('SIGKILL');
  await onReplica?.end({ timeout: 1 });
  await replica?.stop();
});

test('[OPS][REPLICA] pages are read from the replica; an article the replica lacks is read from the primary, never a 404', {
  tag: ['@ops', '@local', '@alone'],
}, async () => {
  test.setTimeout(180_000);
  const owner = process.env.DATABASE_URL!;
  const siteLogin = process.env.SITE_DATABASE_URL ?? owner;
  replica = await startReplica(owner, basePort + 5);
  onReplica = createDatabase(replica.url(owner), { max: 1 }).sql;
  site = await startSiteInstance(basePort, {
    SITE_DATABASE_URL: siteLogin,
    DATABASE_READ_URL: replica.url(siteLogin),
  });
  const stamp = Date.now();
  const onReplicaCount = async (id: number) =>
    Number((await onReplica!`select count(*)::int as n from articles where id = ${id}`)[0]?.n);

  const replicated = await createArticle(testDb(), {
    title: `Реплика ${stamp}`,
    publishAt: new Date(),
  });
  await expect.poll(() => onReplicaCount(replicated.id), { timeout: 30_000 }).toBe(1);
  const page = await fetch(`${site.url}/news/${replicated.slug}`, { headers: HUMAN });
  expect(page.status).toBe(200);
  // The site's reading connections are on the replica (it never writes there: it cannot).
  const readers = await onReplica`
    select count(*)::int as n from pg_stat_activity where application_name = 'vestnik-web'`;
  expect(Number(readers[0]?.n)).toBeGreaterThan(0);

  // The worst lag: the replica stops applying what the primary writes.
  await replica.pauseReplay();
  const fresh = await createArticle(testDb(), {
    title: `Только на основном ${stamp}`,
    publishAt: new Date(),
  });
  expect(await onReplicaCount(fresh.id)).toBe(0);
  const answer = await fetch(`${site.url}/news/${fresh.slug}`, { headers: HUMAN });
  expect(answer.status, 'found on the primary').toBe(200);
  expect(await answer.text()).toContain(`Только на основном ${stamp}`);
  await replica.resumeReplay();
});
