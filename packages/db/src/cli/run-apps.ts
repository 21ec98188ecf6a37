import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { type AppName, appEnv } from '../app-env.ts';
import { repoRoot } from '../embedded/paths.ts';
import { UserFacingError } from '../errors.ts';

/** One process to run: `env` is added to what the app gets (e.g. its own WEB_PORT). */
export type AppSpec = { app: AppName; dir: string; title: string; env?: Record<string, string> };

/**
 * The site once, or once per port in SITE_PORTS (`3000,3010`: several instances behind a proxy,
 * sharing their cache on Redis; `pnpm start:cluster`), then the admin.
 */
export function portalApps(env: NodeJS.ProcessEnv): AppSpec[] {
  const ports = (env.SITE_PORTS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const port of ports) {
    if (!/^\d{2,5}$/.test(port) || Number(port) > 65535) {
      throw new UserFacingError(`SITE_PORTS must list port numbers such as 3000,3010 ("${port}").`);
    }
  }
  const sites: AppSpec[] =
    ports.length === 0
      ? [{ app: 'web', dir: 'apps/web', title: 'site' }]
      : ports.map((port, i) => ({
          app: 'web',
          dir: 'apps/web',
          title: `site${i + 1}`,
          env: { WEB_PORT: port },
        }));
  return [...sites, { app: 'admin', dir: 'apps/admin', title: 'admin' }];
}

/**
 * Restarting a crashed app: after 1 s, then twice as long after each crash in a row, at most
 * 30 s; an app that ran for a minute starts the count again. One that dies within its first
 * seconds five times in a row is broken (bad configuration, port taken), not crashing: it is left
 * stopped, with its own last lines above, and the other app goes on.
 */
export type Supervision = {
  firstDelayMs: number;
  maxDelayMs: number;
  healthyAfterMs: number;
  failedStartMs: number;
  maxFailedStarts: number;
};
const SUPERVISION: Supervision = {
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
  healthyAfterMs: 60_000,
  failedStartMs: 10_000,
  maxFailedStarts: 5,
};

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
  const cwd = path.resolve(repoRoot, dir);
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
 * process group, so that a signal reaches every process under it (Next's workers too). Each app
 * is supervised on its own: a crash restarts it (see Supervision) and never stops the other.
 */
export function runApps(
  script: AppScript,
  env: NodeJS.ProcessEnv,
  options: { apps?: AppSpec[]; supervision?: Partial<Supervision> } = {},
): RunningApps {
  const rules = { ...SUPERVISION, ...options.supervision };
  let stopping = false;
  const running = (options.apps ?? portalApps(env)).map(superviseApp);
  const signal = (sig: NodeJS.Signals) => {
    stopping = true;
    for (const app of running) app.stop(sig);
  };
  const exited = Promise.all(running.map((r) => r.ended)).then(
    (codes) => codes.find((code) => code !== 0) ?? 0,
  );
  return { exited, signal };

  function superviseApp(spec: AppSpec) {
    const prefix = `${spec.title.padEnd(5)} │ `;
    let child: ChildProcess | undefined;
    let restartTimer: ReturnType<typeof setTimeout> | undefined;
    let crashesInARow = 0;
    let failedStarts = 0;
    let resolveEnded: (code: number) => void = () => {};
    const ended = new Promise<number>((resolve) => {
      resolveEnded = resolve;
    });
    const start = () => {
      const startedAt = Date.now();
      const current = spawnScript(spec.dir, script, appEnv(spec.app, { ...env, ...spec.env }));
      child = current;
      prefixLines(current.stdout!, process.stdout, prefix);
      prefixLines(current.stderr!, process.stderr, prefix);
      let reported = false;
      const onEnd = (code: number, how: string) => {
        if (reported) return;
        reported = true;
        child = undefined;
        if (stopping) return resolveEnded(code);
        const ranMs = Date.now() - startedAt;
        failedStarts = ranMs < rules.failedStartMs ? failedStarts + 1 : 0;
        crashesInARow = ranMs >= rules.healthyAfterMs ? 1 : crashesInARow + 1;
        if (failedStarts >= rules.maxFailedStarts) {
          console.error(
            `\n✖ The ${spec.title} failed at start ${failedStarts} times in a row (${how}); it stays stopped (its last lines are above), the rest goes on.\n`,
          );
          return resolveEnded(code || 1);
        }
        const delay = Math.min(rules.maxDelayMs, rules.firstDelayMs * 2 ** (crashesInARow - 1));
        console.error(
          `\n✖ The ${spec.title} stopped unexpectedly (${how}); restarting it in ${formatDelay(delay)}.\n`,
        );
        restartTimer = setTimeout(start, delay);
      };
      current.on('exit', (code, sig) =>
        onEnd(code ?? (sig ? 130 : 1), sig ? `killed by ${sig}` : `exit code ${code}`),
      );
      current.on('error', (error) => {
        console.error(
          `Could not start the ${spec.title} (${spec.dir}: ${script}): ${error.message}`,
        );
        onEnd(127, error.message);
      });
    };
    start();
    return {
      ended,
      stop: (sig: NodeJS.Signals) => {
        if (restartTimer) clearTimeout(restartTimer);
        if (child) signalGroup(child, sig);
        else resolveEnded(0);
      },
    };
  }
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
