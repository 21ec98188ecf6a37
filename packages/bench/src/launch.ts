/**
 * `pnpm bench` starts here. With BENCH_DATABASE_URL the bench reads that database as it is (no
 * migrations, no generated articles, no publish stage). Otherwise it runs on its own embedded
 * PostgreSQL (port BENCH_PG_PORT, default 54339; data in .data/bench) through the usual launcher,
 * which migrates it and seeds the demo archive once.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const env = { ...process.env };
// A DATABASE_URL left in the shell must not become the bench's database: the launcher would
// migrate it, seed it and fill it with generated articles.
delete env.DATABASE_URL;
const run = ['--import', 'tsx', path.join(import.meta.dirname, 'run.ts')];
const args = env.BENCH_DATABASE_URL
  ? run
  : [
      '--import',
      'tsx',
      path.join(root, 'packages/db/src/cli/with-db.ts'),
      '--',
      process.execPath,
      ...run,
    ];
if (env.BENCH_DATABASE_URL) env.DATABASE_URL = env.BENCH_DATABASE_URL;
else {
  env.VESTNIK_DATA_DIR ??= path.join(root, '.data/bench');
  env.EMBEDDED_PG_PORT = env.BENCH_PG_PORT ?? '54339';
}
const child = spawn(process.execPath, args, { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
