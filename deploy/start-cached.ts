/**
 * `pnpm start:cached`: the portal as a newspaper runs it, on one machine. Varnish (127.0.0.1,
 * VARNISH_PORT, default 8080) in front of the site; the site's public address is Varnish's, and
 * both apps purge it by key. Then the usual launcher: database, migrations, demo data, both apps.
 * Ctrl-C stops the apps, the database and Varnish.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startVarnish, VarnishError } from './varnish/start-varnish.ts';

const root = path.resolve(import.meta.dirname, '..');
const varnishPort = Number(process.env.VARNISH_PORT ?? 8080);
const webPort = Number(process.env.WEB_PORT ?? 3000);

async function main(): Promise<number> {
  const varnish = await startVarnish({
    port: varnishPort,
    backends: [{ host: '127.0.0.1', port: webPort }],
    workDir: path.join(root, process.env.VESTNIK_DATA_DIR ?? '.data', 'varnish'),
  });
  const publicUrl = process.env.SITE_URL ?? `http://localhost:${varnishPort}`;
  const env = {
    ...process.env,
    SITE_URL: publicUrl,
    PURGE_URLS: [process.env.PURGE_URLS, `${varnish.url}/`].filter(Boolean).join(','),
    // Varnish appends the reader's address to X-Forwarded-For: the site may believe that one.
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? '1',
  };
  const launcher = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'packages/db/src/cli/with-db.ts',
      '--seed-demo',
      '--announce',
      '--apps',
      'start',
    ],
    { cwd: root, env, stdio: 'inherit' },
  );
  // The launcher handles Ctrl-C for the apps and the database; Varnish goes when it is done.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => launcher.kill(signal));
  }
  const code = await new Promise<number>((resolve) => {
    launcher.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
  });
  await varnish.stop();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof VarnishError ? `\n✖ ${error.message}\n` : error);
    process.exit(1);
  },
);
