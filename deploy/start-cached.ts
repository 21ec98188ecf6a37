/**
 * `pnpm start:cached`: the portal as a newspaper runs it, on one machine. Varnish (127.0.0.1,
 * VARNISH_PORT, default 8080) in front of the site; the site's public address is Varnish's, and
 * both apps purge it by key. Then the usual launcher: database, migrations, demo data, both apps.
 * Ctrl-C stops the apps, the database and Varnish.
 *
 * `pnpm start:cluster` (`--cluster`): the same with two site instances (SITE_PORTS, default
 * 3000,3010), both Varnish backends (health-probed, round robin), sharing one cache on Redis
 * (REDIS_URL, default the machine's redis://127.0.0.1:6379). Each app is supervised: a crashed
 * instance is restarted while Varnish sends readers to the other.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { redisReachable } from './redis-reachable.ts';
import { startVarnish, VarnishError } from './varnish/start-varnish.ts';

const root = path.resolve(import.meta.dirname, '..');
const cluster = process.argv.includes('--cluster');
const varnishPort = Number(process.env.VARNISH_PORT ?? 8080);
const sitePorts = cluster
  ? (process.env.SITE_PORTS ?? '3000,3010').split(',').map((p) => Number(p.trim()))
  : [Number(process.env.WEB_PORT ?? 3000)];
const redisUrl = process.env.REDIS_URL || (cluster ? 'redis://127.0.0.1:6379' : undefined);

/** Redis must answer before the instances start: without it they would not share anything. */
/** A reason not to start, in one sentence. */
class StartError extends Error {}

async function checkRedis(url: string): Promise<void> {
  if (!(await redisReachable(url))) {
    const { hostname, port } = new URL(url);
    throw new StartError(
      `Redis does not answer at ${hostname}:${port || 6379}: several site instances share their cache there. Start Redis (apt install redis-server) or set REDIS_URL.`,
    );
  }
}

async function main(): Promise<number> {
  if (redisUrl) await checkRedis(redisUrl);
  const varnish = await startVarnish({
    port: varnishPort,
    backends: sitePorts.map((port) => ({ host: '127.0.0.1', port })),
    workDir: path.join(root, process.env.VESTNIK_DATA_DIR ?? '.data', 'varnish'),
  });
  const publicUrl = process.env.SITE_URL ?? `http://localhost:${varnishPort}`;
  const env = {
    ...process.env,
    SITE_URL: publicUrl,
    PURGE_URLS: [process.env.PURGE_URLS, `${varnish.url}/`].filter(Boolean).join(','),
    // Varnish appends the reader's address to X-Forwarded-For: the site may believe that one.
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? '1',
    ...(cluster ? { SITE_PORTS: sitePorts.join(',') } : {}),
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
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
    const sentence = error instanceof VarnishError || error instanceof StartError;
    console.error(sentence ? `\n✖ ${error.message}\n` : error);
    process.exit(1);
  },
);
