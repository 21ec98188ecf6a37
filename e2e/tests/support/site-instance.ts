import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { appEnv } from '@vestnik/db/app-env';

const web = path.resolve(import.meta.dirname, '../../../apps/web');

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
export async function startSiteInstance(
  port: number,
  overrides: Record<string, string>,
): Promise<SiteInstance> {
  const url = `http://localhost:${port}`;
  const env = appEnv('web', {
    ...process.env,
    SITE_URL: url,
    WEB_PORT: String(port),
    ...overrides,
  });
  // This instance has its own caches: purging the suite's proxy on its behalf would only confuse.
  delete env.PURGE_URLS;
  const child = spawn('node', ['dist/server/main.mjs'], {
    cwd: web,
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
    if (child.exitCode !== null) throw new Error(`The site instance exited: ${output}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() - started > 60_000)
      throw new Error(`The site instance did not start: ${output}`);
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
