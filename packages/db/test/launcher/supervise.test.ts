import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runApps } from '../../src/cli/run-apps.ts';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A package whose `start` script runs `code` with node (a real process, as an app is). */
function fakeApp(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-app-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'app.cjs'), code);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ scripts: { start: 'node app.cjs' } }),
  );
  return dir;
}

const file = (dir: string, name: string) => path.join(dir, name);
const read = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '');
const until = async (check: () => boolean, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Appends its pid to runs.txt; stays up unless told how long to live. */
const app = (lifeMs?: number, exitCode = 1) => `
const fs = require('node:fs');
fs.appendFileSync('runs.txt', process.pid + '\\n');
const runs = fs.readFileSync('runs.txt', 'utf8').trim().split('\\n').length;
setInterval(() => {}, 1000);
process.on('SIGTERM', () => process.exit(0));
${lifeMs === undefined ? '' : `if (runs < 3) setTimeout(() => process.exit(${exitCode}), ${lifeMs});`}
`;

describe('[OPS][LAUNCHER] supervision', () => {
  it('a crashed app is restarted with back-off, and the other app is never stopped', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const crashing = fakeApp(app(300));
    const steady = fakeApp(app());
    const apps = runApps('start', process.env, {
      apps: [
        { app: 'web', dir: crashing, title: 'site' },
        { app: 'admin', dir: steady, title: 'admin' },
      ],
      supervision: { firstDelayMs: 100, failedStartMs: 100, healthyAfterMs: 60_000 },
    });
    // Two crashes, two restarts: the third run stays up.
    await until(() => read(file(crashing, 'runs.txt')).trim().split('\n').length === 3);
    expect(read(file(steady, 'runs.txt')).trim().split('\n')).toHaveLength(1);
    expect(errors.join('\n')).toMatch(
      /The site stopped unexpectedly \(exit code 1\); restarting it in 100 ms/,
    );
    expect(errors.join('\n')).toMatch(/restarting it in 200 ms/);
    apps.signal('SIGTERM');
    expect(await apps.exited).toBe(0);
  });

  it('an app that fails at start again and again is left stopped; the other goes on', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
    const broken = fakeApp('process.exit(2)');
    const steady = fakeApp(app());
    const apps = runApps('start', process.env, {
      apps: [
        { app: 'web', dir: broken, title: 'site' },
        { app: 'admin', dir: steady, title: 'admin' },
      ],
      supervision: { firstDelayMs: 20, failedStartMs: 5000, maxFailedStarts: 3 },
    });
    await until(() => errors.some((line) => line.includes('failed at start 3 times in a row')));
    const [pid] = read(file(steady, 'runs.txt')).trim().split('\n');
    expect(() => process.kill(Number(pid), 0)).not.toThrow();
    apps.signal('SIGTERM');
    expect(await apps.exited).toBe(2);
  });
});
