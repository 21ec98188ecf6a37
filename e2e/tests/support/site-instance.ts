import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { type AppName, appEnv } from '@vestnik/db/app-env';
import { SITE } from './urls';

const apps = path.resolve(import.meta.dirname, '../../../apps');
/** How each app's production server starts (their package's `start` script). */
const START: Record<AppName, { dir: string; args: string[]; port: string; url: string }> = {
  web: { dir: 'web', args: ['dist/server/main.mjs'], port: 'WEB_PORT', url: 'SITE_URL' },
  admin: {
    dir: 'admin',
    args: ['--import', 'tsx', 'src/server/main.ts'],
    port: 'ADMIN_PORT',
    url: 'ADMIN_URL',
  },
};

export type SiteInstance = {
  url: string;
  process: ChildProcess;
  /** Everything the instance printed (for assertions and failure messages). */
  output: () => string;
  /** Sends the signal and resolves with the exit code once the process has ended. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/**
 * Another process of the production site build (`node dist/server/main.mjs`), with the
 * environment the launcher would give it plus `overrides`: for tests that must break its
 * database or stop it, which the suite's shared site must never suffer.
 */
export function startSiteInstance(
  port: number,
  overrides: Record<string, string>,
): Promise<SiteInstance> {
  return startAppInstance('web', port, overrides);
}

/** The same for either app (the admin signs its sessions with a secret of its own here). */
export async function startAppInstance(
  app: AppName,
  port: number,
  overrides: Record<string, string>,
): Promise<SiteInstance> {
  const start = START[app];
  const url = `http://localhost:${port}`;
  const env = appEnv(app, {
    ...process.env,
    [start.url]: url,
    [start.port]: String(port),
    ...(app === 'admin'
      ? {
          AUTH_SECRET: randomBytes(32).toString('base64url'),
          PREVIEW_SECRET: process.env.PREVIEW_SECRET ?? randomBytes(32).toString('base64url'),
          SITE_URL: process.env.SITE_URL ?? SITE,
        }
      : {}),
    ...overrides,
  });
  // This instance has its own caches: purging the suite's proxy on its behalf would only confuse.
  if (!('PURGE_URLS' in overrides)) delete env.PURGE_URLS;
  const child = spawn('node', start.args, {
    cwd: path.join(apps, start.dir),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The ${app} instance exited: ${output}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 120_000)
      throw new Error(`The ${app} instance did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
