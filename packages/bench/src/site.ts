import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createDatabase } from '@vestnik/db/client';
import { countActiveQueries } from '@vestnik/db/queries/server-activity';
import { cpuMs, groupMembers, waitIdle } from './idle.ts';

const root = path.resolve(import.meta.dirname, '../../..');

export type Site = {
  name: string;
  url: string;
  port: number;
  log: string;
  /** Resolves once the site has finished the work earlier requests left it (see idle.ts). */
  settle: () => Promise<void>;
  /** CPU time the site's processes have used so far, in ms. */
  cpuMs: () => number;
  stop: () => void;
};

export type SiteOptions = {
  name: string;
  port: number;
  databaseUrl: string;
  revalidateSecret: string;
  /** HTTP caches the publish watcher purges when a scheduled article goes live. */
  purgeUrls: string[];
  mediaDir: string;
  logDir: string;
  /** More of the site's variables (the cluster stage's REDIS_URL and REDIS_PREFIX). */
  env?: Record<string, string>;
};

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

function stopGroup(child: ChildProcess) {
  try {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

const pick = ({ name, port }: SiteOptions) => ({ name, port });

/**
 * The site's database URL with an application name of its own: postgres.js lets the URL's
 * parameters override the site's 'vestnik-web', so the bench can tell this site's statements
 * from those of any other site on the same server.
 */
function tagged(databaseUrl: string, applicationName: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', applicationName);
  return url.toString();
}

function settler(child: ChildProcess, databaseUrl: string, applicationName: string) {
  const { db, close } = createDatabase(databaseUrl, { max: 1, applicationName: 'vestnik-bench' });
  const busy = async () => (await countActiveQueries(db, { applicationName })) > 0;
  const settle = async () => {
    const waited = await waitIdle(child.pid!, busy);
    if (waited > 2000) {
      console.log(`  (waited ${(waited / 1000).toFixed(1)} s for the site to go idle)`);
    }
  };
  return { settle, close };
}

/**
 * Starts the site as production runs it (`pnpm --filter @vestnik/web start`: our server with the
 * page cache, the HTTP cache policy and the publish watcher) and waits for /api/health. Its own
 * process group, stopped with the bench even when the bench is interrupted.
 */
export async function startSite(options: SiteOptions): Promise<Site> {
  if (!fs.existsSync(path.join(root, 'apps/web/.next/BUILD_ID'))) {
    throw new Error('No production build in apps/web/.next: run `pnpm build` first.');
  }
  if (!(await portIsFree(options.port))) {
    throw new Error(`Port ${options.port} is taken: choose another BENCH_PORT.`);
  }
  const url = `http://localhost:${options.port}`;
  const applicationName = `vestnik-bench-site-${options.port}`;
  fs.mkdirSync(options.logDir, { recursive: true });
  const log = path.join(options.logDir, `site-${options.name}.log`);
  const out = fs.openSync(log, 'w');
  const child = spawn('pnpm', ['--filter', '@vestnik/web', 'start'], {
    cwd: root,
    env: {
      ...process.env,
      WEB_PORT: String(options.port),
      DATABASE_URL: tagged(options.databaseUrl, applicationName),
      REVALIDATE_SECRET: options.revalidateSecret,
      PURGE_URLS: options.purgeUrls.join(','),
      SITE_URL: url,
      MEDIA_DIR: options.mediaDir,
      ...options.env,
    },
    stdio: ['ignore', out, out],
    detached: true,
  });
  fs.closeSync(out);
  const onExit = () => stopGroup(child);
  process.on('exit', onExit);
  const { settle, close } = settler(child, options.databaseUrl, applicationName);
  const stop = () => {
    process.off('exit', onExit);
    stopGroup(child);
    void close();
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        const members = groupMembers(child.pid!);
        return { ...pick(options), url, log, stop, settle, cpuMs: () => cpuMs(members) };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-15).join('\n');
  throw new Error(`The site (${options.name}) did not answer /api/health:\n${tail}`);
}
