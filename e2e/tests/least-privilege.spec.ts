import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { loginAs } from './support/auth';
import { testSql } from './support/db';
import { ADMIN, SITE } from './support/urls';

/** The process listening on a local TCP port: its socket's inode (/proc/net), then /proc/<pid>/fd. */
function listeningPid(port: number): number | undefined {
  const hexPort = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
      if (local?.endsWith(hexPort) && state === '0A' && inode) inodes.add(`socket:[${inode}]`);
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        if (inodes.has(fs.readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      }
    } catch {
      // A process that ended meanwhile, or one we may not look into.
    }
  }
  return undefined;
}

/** The environment a process was started with (what it was given, whatever it did since). */
function startEnvironment(pid: number): Map<string, string> {
  const entries = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return new Map(
    entries.map((entry) => [entry.split('=')[0]!, entry.slice(entry.indexOf('=') + 1)]),
  );
}

const portOf = (url: string) => Number(new URL(url).port);
const loginOf = (url: string | undefined) => decodeURIComponent(new URL(url ?? '').username);

/** Who the app's open connections to this database are logged in as. */
async function connectedAs(applicationName: string): Promise<string[]> {
  const rows = await testSql()<{ usename: string }[]>`
    select distinct usename from pg_stat_activity
    where datname = current_database() and application_name = ${applicationName}`;
  return rows.map((row) => row.usename);
}

test.skip(!fs.existsSync('/proc/net/tcp'), 'reads the processes from /proc (Linux)');

test('[SECURITY][ROLES] the site runs without AUTH_SECRET or the owner URL, and connects as its own role', {
  tag: ['@security', '@ops', '@local'],
}, async ({ request }) => {
  expect((await request.get(`${SITE}/`)).ok()).toBe(true);
  const pid = listeningPid(portOf(SITE));
  expect(pid, 'the process listening on the site port').toBeDefined();
  const env = startEnvironment(pid!);
  for (const name of ['AUTH_SECRET', 'ADMIN_DATABASE_URL', 'DATABASE_URL', 'TEST_DATABASE_URL']) {
    expect(env.has(name), name).toBe(false);
  }
  expect(env.get('SITE_DATABASE_URL')).toBe(process.env.SITE_DATABASE_URL);
  expect(await connectedAs('vestnik-web')).toEqual([loginOf(process.env.SITE_DATABASE_URL)]);
});

test('[SECURITY][ROLES] the admin runs without the site login or the owner URL, and connects as its own role', {
  tag: ['@security', '@ops', '@local'],
}, async ({ browser }) => {
  // Logging in reads the user and writes a login attempt: the admin has connected by then.
  const { context } = await loginAs(browser, 'editor');
  await context.close();
  const pid = listeningPid(portOf(ADMIN));
  expect(pid, 'the process listening on the admin port').toBeDefined();
  const env = startEnvironment(pid!);
  for (const name of ['SITE_DATABASE_URL', 'DATABASE_URL', 'TEST_DATABASE_URL']) {
    expect(env.has(name), name).toBe(false);
  }
  expect(env.has('AUTH_SECRET')).toBe(true);
  expect(await connectedAs('vestnik-admin')).toEqual([loginOf(process.env.ADMIN_DATABASE_URL)]);
});
