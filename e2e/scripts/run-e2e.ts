/**
 * Runs Playwright against production builds on a fresh database:
 * TEST_DATABASE_URL's server when set (CI), else a throw-away embedded PostgreSQL.
 * The database is migrated and seeded with the demo archive, then dropped at the end.
 * The apps run with least privilege, as in production: the site logs in as a member of
 * vestnik_site, the admin of vestnik_admin (login roles made for this database and dropped with
 * it), so every page and action the suite passes through also proves the grants are complete.
 * The tests' own factories use the owner's DATABASE_URL.
 * When Varnish is installed, it runs in front of the site (E2E_VARNISH_PORT, default 3102) and
 * both apps purge it, so the suite also reads pages the way readers behind a proxy do.
 */
import { spawn } from 'node:child_process';
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
  await seedDemoArchive(seeding.db, { mediaDir: path.join(work, 'media') });
  await seeding.close();
  const child = spawn('playwright', ['test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      SITE_DATABASE_URL: database.siteUrl,
      ADMIN_DATABASE_URL: database.adminUrl,
      MEDIA_DIR: path.join(work, 'media'),
      IMPORT_DIR: path.join(work, 'imports'),
      // Shared by the site and the tests: a test that writes with factories expires the site's
      // caches through /api/revalidate, as the admin does after a publish.
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(32).toString('base64url'),
      ...(varnish ? { PURGE_URLS: `${varnish.url}/`, E2E_PROXY_URL: varnish.url } : {}),
    },
  });
  code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
} finally {
  await varnish?.stop();
  await database.close();
  await template.drop();
  await embedded?.stop();
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(varnishDir, { recursive: true, force: true });
}
process.exit(code);
