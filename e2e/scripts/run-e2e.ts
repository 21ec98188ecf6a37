/**
 * Runs Playwright against production builds on a fresh database:
 * TEST_DATABASE_URL's server when set (CI), else a throw-away embedded PostgreSQL.
 * The database is migrated and seeded with the demo archive, then dropped at the end.
 * The apps run with least privilege, as in production: the site logs in as a member of
 * vestnik_site, the admin of vestnik_admin (login roles made for this database and dropped with
 * it), so every page and action the suite passes through also proves the grants are complete.
 * The tests make their data through the admin's test-data API, signed in with the demo logins
 * (E2E_LOGINS_FILE); only the @local tests, which start servers of their own, use DATABASE_URL.
 * With E2E_SITE_URL set, none of this: the suite runs against that deployment (e2e/README.md).
 * When Varnish is installed, it runs in front of the site (E2E_VARNISH_PORT, default 3102) and
 * both apps purge it, so the suite also reads pages the way readers behind a proxy do.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '@vestnik/db/client';
import { seedDemoArchive } from '@vestnik/db/seed';
import {
  cloneTestDatabase,
  createTemplateDatabase,
  startTestEmbeddedServer,
} from '@vestnik/db/testing';
import { startVarnish, VarnishError } from '@vestnik/deploy/varnish';

const e2eDir = path.resolve(import.meta.dirname, '..');
const reportsDir = path.join(e2eDir, 'reports');
const PHASES = ['parallel', 'alone'] as const;

/**
 * Stopping the runner (Ctrl-C; a CI's SIGTERM to its process group) stops Playwright the way
 * Ctrl-C stops it, so that it stops the app servers it started, and then lets the cleanup at the
 * end drop the databases. Playwright runs in a process group of its own for that: a signal to
 * ours reaches it only through here. Measured before: a SIGTERM to the group killed Playwright
 * outright, and both app servers went on listening, attached to a database nobody dropped.
 */
let stoppedBy: NodeJS.Signals | undefined;
let running: ChildProcess | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // Once: a group's signal also arrives relayed by tsx, and a second SIGINT would make
    // Playwright quit at once, without stopping its servers.
    if (stoppedBy) return;
    stoppedBy = signal;
    console.error(`\n${signal}: stopping the tests, their servers and databases…`);
    running?.kill('SIGINT');
  });
}

/** The suite's exit code; stopped by a signal, the shell's convention (128 + its number). */
function exitCode(code: number): number {
  return stoppedBy ? 128 + os.constants.signals[stoppedBy] : code;
}

/** `playwright <args>` with `env` added to ours; resolves with its exit code. */
function playwright(args: string[], env: Record<string, string | undefined>): Promise<number> {
  if (stoppedBy) return Promise.resolve(1);
  const child = spawn('playwright', args, {
    cwd: e2eDir,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    detached: true,
  });
  running = child;
  return new Promise<number>((resolve) =>
    child.on('exit', (c) => {
      running = undefined;
      resolve(c ?? 1);
    }),
  );
}

/**
 * The suite in its two phases (playwright.config.ts): the tests that share the machine on
 * E2E_WORKERS workers, then the `@alone` tests one at a time; then one set of reports from both
 * (JUnit, HTML, flaky summary), merged from the phases' blobs. Fails if either phase failed.
 */
async function runPlaywright(env: Record<string, string | undefined>): Promise<number> {
  const args = ['test', '--pass-with-no-tests', ...process.argv.slice(2)];
  let code = 0;
  for (const phase of PHASES) {
    fs.rmSync(path.join(reportsDir, `blob-${phase}`), { recursive: true, force: true });
    // Both phases run whatever the first one's result: a failure must not hide the rest.
    const phaseCode = await playwright(args, { ...env, E2E_PHASE: phase });
    code ||= phaseCode;
  }
  // Each phase wrote one blob (none when it ran no test, or when --reporter replaced ours).
  const blobs = path.join(reportsDir, 'blob');
  fs.rmSync(blobs, { recursive: true, force: true });
  fs.mkdirSync(blobs, { recursive: true });
  for (const phase of PHASES) {
    const dir = path.join(reportsDir, `blob-${phase}`);
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir)) {
      fs.renameSync(path.join(dir, file), path.join(blobs, `${phase}-${file}`));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (fs.readdirSync(blobs).length && !stoppedBy) {
    const merged = await playwright(['merge-reports', '--config', 'merge.config.ts', blobs], {});
    if (merged !== 0) console.error("Merging the phases' reports failed: see above.");
    code ||= merged;
  }
  return code;
}

if (process.env.E2E_SITE_URL) {
  // A deployment: no database, no servers; the tests make their data through its admin.
  const missing = ['E2E_ADMIN_URL', 'E2E_LOGINS_FILE'].filter((name) => !process.env[name]);
  if (missing.length) {
    console.error(
      `E2E_SITE_URL is set, so the suite runs against that deployment; it also needs ${missing.join(' and ')} ` +
        '(the admin address, and a JSON file of logins like .data/demo-logins.json). See e2e/README.md.',
    );
    process.exit(2);
  }
  process.exit(exitCode(await runPlaywright({})));
}

const embedded = process.env.TEST_DATABASE_URL ? undefined : await startTestEmbeddedServer();
const serverUrl = process.env.TEST_DATABASE_URL ?? embedded!.url;
const template = await createTemplateDatabase(serverUrl);
const database = await cloneTestDatabase(serverUrl, template.name, { appLogins: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-e2e-'));
const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
const varnishPort = Number(process.env.E2E_VARNISH_PORT ?? 3102);
let varnish: Awaited<ReturnType<typeof startVarnish>> | undefined;
// Its own directory: Varnish's unprivileged workers cannot enter `work` (mode 700).
const varnishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-e2e-varnish-'));
let code = 1;
try {
  try {
    varnish = await startVarnish({
      port: varnishPort,
      backends: [{ host: '127.0.0.1', port: webPort }],
      workDir: varnishDir,
    });
  } catch (error) {
    if (!(error instanceof VarnishError) || error.code !== 'not-installed') throw error;
    console.warn(`Varnish is not installed: the proxy tests are skipped. ${error.message}`);
  }
  const seeding = createDatabase(database.url, { max: 2 });
  const logins = await seedDemoArchive(seeding.db, { mediaDir: path.join(work, 'media') });
  await seeding.close();
  // The demo logins, as `pnpm start` keeps them: the tests sign in to the test-data API with them.
  const loginsFile = path.join(work, 'logins.json');
  fs.writeFileSync(loginsFile, JSON.stringify(logins ?? []), { mode: 0o600 });
  code = await runPlaywright({
    DATABASE_URL: database.url,
    SITE_DATABASE_URL: database.siteUrl,
    ADMIN_DATABASE_URL: database.adminUrl,
    MEDIA_DIR: path.join(work, 'media'),
    IMPORT_DIR: path.join(work, 'imports'),
    E2E_LOGINS_FILE: loginsFile,
    // Shared by the site and the tests that start site instances of their own (@local).
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(32).toString('base64url'),
    ...(varnish ? { PURGE_URLS: `${varnish.url}/`, E2E_PROXY_URL: varnish.url } : {}),
  });
} finally {
  await varnish?.stop();
  await database.close();
  await template.drop();
  await embedded?.stop();
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(varnishDir, { recursive: true, force: true });
}
process.exit(exitCode(code));
