import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type AppName, appEnv } from '../app-env.ts';
import { repoRoot } from '../embedded/paths.ts';

const APPS: { app: AppName; dir: string; title: string }[] = [
  { app: 'web', dir: 'apps/web', title: 'site' },
  { app: 'admin', dir: 'apps/admin', title: 'admin' },
];

export type AppScript = 'start' | 'dev';
export type RunningApps = {
  /** Resolves when both apps have ended: 0, or the first non-zero exit code. */
  exited: Promise<number>;
  /** Sends a signal to every process of both apps. */
  signal: (signal: NodeJS.Signals) => void;
};

function prefixLines(input: Readable, output: Writable, prefix: string): void {
  readline.createInterface({ input }).on('line', (line) => output.write(`${prefix}${line}\n`));
}

/**
 * The package's own script, run as `pnpm run` would (its and the root's bin directories first on
 * PATH) but exec'd by the shell: the app is then the process that gets our signals and whose exit
 * code we report, with no package manager in between to call a Ctrl-C a failed command.
 */
function spawnScript(dir: string, script: AppScript, env: Record<string, string>): ChildProcess {
  const cwd = path.join(repoRoot, dir);
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  const bins = [path.join(cwd, 'node_modules/.bin'), path.join(repoRoot, 'node_modules/.bin')];
  return spawn('sh', ['-c', `exec ${pkg.scripts[script]}`], {
    cwd,
    env: { ...env, PATH: [...bins, env.PATH].join(path.delimiter) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Runs the site and the admin (their package's `start` or `dev` script), each with its own
 * environment (appEnv): one `turbo run start` would give both apps the same one, AUTH_SECRET and
 * the owner's DATABASE_URL included. Output lines carry the app's name. Each app runs in its own
 * process group, so that a signal reaches every process under it (Next's workers too). The portal
 * is both apps or none: when one ends, the other is stopped.
 */
export function runApps(script: AppScript, env: NodeJS.ProcessEnv): RunningApps {
  let stopping = false;
  const running = APPS.map(({ app, dir, title }) => {
    const child = spawnScript(dir, script, appEnv(app, env));
    const prefix = `${title.padEnd(5)} │ `;
    prefixLines(child.stdout!, process.stdout, prefix);
    prefixLines(child.stderr!, process.stderr, prefix);
    const exit = new Promise<number>((resolve) => {
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
      child.on('error', (error) => {
        console.error(`Could not start the ${title} (${dir}: ${script}): ${error.message}`);
        resolve(127);
      });
    });
    return { title, child, exit };
  });
  const signal = (sig: NodeJS.Signals) => {
    stopping = true;
    for (const { child } of running) signalGroup(child, sig);
  };
  for (const { title, exit } of running) {
    void exit.then((code) => {
      if (stopping) return;
      console.error(`\n✖ The ${title} stopped (exit code ${code}); stopping the other app.\n`);
      signal('SIGTERM');
    });
  }
  const exited = Promise.all(running.map((r) => r.exit)).then(
    (codes) => codes.find((code) => code !== 0) ?? 0,
  );
  return { exited, signal };
}
