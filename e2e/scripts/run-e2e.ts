/**
 * Runs Playwright against production builds on a fresh database:
 * TEST_DATABASE_URL's server when set (CI), else a throw-away embedded PostgreSQL.
 * The database is migrated and seeded with the demo archive, then dropped at the end.
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

const embedded = process.env.TEST_DATABASE_URL ? undefined : await startTestEmbeddedServer();
const serverUrl = process.env.TEST_DATABASE_URL ?? embedded!.url;
const template = await createTemplateDatabase(serverUrl);
const database = await cloneTestDatabase(serverUrl, template.name);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-e2e-'));
let code = 1;
try {
  const seeding = createDatabase(database.url, { max: 2 });
  await seedDemoArchive(seeding.db, { mediaDir: path.join(work, 'media') });
  await seeding.close();
  const child = spawn('playwright', ['test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      MEDIA_DIR: path.join(work, 'media'),
      // Shared by the site and the tests: a test that writes with factories expires the site's
      // caches through /api/revalidate, as the admin does after a publish.
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? randomBytes(32).toString('base64url'),
    },
  });
  code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
} finally {
  await database.close();
  await template.drop();
  await embedded?.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
process.exit(code);
