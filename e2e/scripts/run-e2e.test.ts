/**
 * The runner stopped by a signal, as a CI stops a job (SIGTERM to its process group) or a person
 * (Ctrl-C): Playwright must be asked to stop (SIGINT, so that it stops the app servers it
 * started), the second phase must not start, and the test database must be dropped. Playwright
 * here is a stand-in on PATH that records how it was run and what reached it; the database, the
 * seeding and Varnish are the runner's real ones.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '@vestnik/db/client';
import { freePort, startTestEmbeddedServer } from '@vestnik/db/testing';
import { poll } from '@vestnik/deploy/testing';
import { afterAll, beforeAll, expect, test } from 'vitest';

const e2eDir = path.resolve(import.meta.dirname, '..');
let serverUrl: string;
let embedded: Awaited<ReturnType<typeof startTestEmbeddedServer>> | undefined;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-run-e2e-test-'));

beforeAll(async () => {
  embedded = process.env.TEST_DATABASE_URL ? undefined : await startTestEmbeddedServer();
  serverUrl = process.env.TEST_DATABASE_URL ?? embedded!.url;
  // Records its phase and database, then waits; SIGINT is recorded and ends it as Playwright's
  // own Ctrl-C does. Any other signal kills it unrecorded, as it killed the real one.
  const fake = path.join(work, 'bin', 'playwright');
  fs.mkdirSync(path.dirname(fake));
  fs.writeFileSync(
    fake,
    `#!${process.execPath}
const fs = require('node:fs');
const record = (line) => fs.appendFileSync(process.env.FAKE_PLAYWRIGHT_LOG, JSON.stringify(line) + '\\n');
record({ phase: process.env.E2E_PHASE, database: process.env.DATABASE_URL });
process.on('SIGINT', () => { record({ signal: 'SIGINT' }); process.exit(130); });
setInterval(() => {}, 1000);
`,
    { mode: 0o755 },
  );
});

afterAll(async () => {
  await embedded?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

type Line = { phase?: string; database?: string; signal?: string };

function recorded(log: string): Line[] {
  if (!fs.existsSync(log)) return [];
  return fs
    .readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
}

function exited(child: ChildProcess) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
}

async function databaseExists(name: string): Promise<boolean> {
  const { sql, close } = createDatabase(serverUrl, { max: 1 });
  try {
    const rows = await sql`select 1 from pg_database where datname = ${name}`;
    return rows.length > 0;
  } finally {
    await close();
  }
}

test('SIGTERM to the runner’s process group stops Playwright with SIGINT, skips the second phase and drops the database', async () => {
  const log = path.join(work, 'sigterm.log');
  const runner = spawn(process.execPath, ['--import', 'tsx', 'scripts/run-e2e.ts'], {
    cwd: e2eDir,
    // A process group of its own, so that it can be signalled as a whole, as CI does.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${path.join(work, 'bin')}${path.delimiter}${process.env.PATH}`,
      TEST_DATABASE_URL: serverUrl,
      E2E_VARNISH_PORT: String(await freePort()),
      FAKE_PLAYWRIGHT_LOG: log,
      E2E_SITE_URL: '',
    },
  });
  let output = '';
  runner.stdout!.on('data', (chunk) => (output += chunk));
  runner.stderr!.on('data', (chunk) => (output += chunk));
  const done = exited(runner);

  const started = await poll(async () => recorded(log).find((line) => line.phase), 150_000).catch(
    (error: Error) => {
      throw new Error(
        `The first phase did not start: ${error.message} The runner said:\n${output}`,
      );
    },
  );
  expect(started.phase).toBe('parallel');
  const database = new URL(started.database!).pathname.slice(1);
  expect(await databaseExists(database), 'the test database while the tests run').toBe(true);

  process.kill(-runner.pid!, 'SIGTERM');
  const end = await done;

  expect(end, output).toEqual({ code: 128 + os.constants.signals.SIGTERM, signal: null });
  expect(recorded(log)).toEqual([started, { signal: 'SIGINT' }]);
  expect(await databaseExists(database), 'the test database after the stop').toBe(false);
  expect(output).toContain('SIGTERM: stopping the tests');
}, 240_000);
