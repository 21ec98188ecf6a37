import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/cli/with-db.ts', import.meta.url));

function run(env: Record<string, string>) {
  const result = spawnSync('npx', ['tsx', cli, '--', 'true'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

describe('with-db launcher', () => {
  it('[DB][START] an unreachable DATABASE_URL ends with one sentence, not a stack trace', () => {
    const { code, stderr } = run({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/vestnik' });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^✖ Cannot connect to PostgreSQL at 127\.0\.0\.1:1, database "vestnik": connection refused/,
    );
    expect(stderr).toContain('DATABASE_URL');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('[DB][START] a second start on the same data directory is refused while the first runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-lock-'));
    // The parent of this test process is alive for the whole test: it plays the running launcher.
    fs.writeFileSync(path.join(dir, 'vestnik.pid'), `${process.ppid}\n`);
    const { code, stderr } = run({ DATABASE_URL: '', VESTNIK_DATA_DIR: dir });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(stderr).toContain(
      `Vestnik is already running with this data directory (process ${process.ppid})`,
    );
  });
});
