import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';

/**
 * A real streaming replica of the test server (the machine's PostgreSQL), for tests of reads
 * sent to a replica: `pg_basebackup -R` into a temporary directory, started with the server's own
 * binaries on `port`. It runs as the `postgres` system user (PostgreSQL refuses root), so the
 * test process must be root or that user, and the server must accept replication connections
 * from 127.0.0.1 (.ci/run allows them; the error says how otherwise).
 */
export type Replica = {
  /** `primaryUrl` with the replica's port. */
  url: (primaryUrl: string) => string;
  /** Stops and resumes WAL replay: while paused, the replica lags by everything written. */
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  stop: () => Promise<void>;
};

/** Runs a PostgreSQL program as the postgres system user (directly when we are that user). */
function asPostgres(program: string, args: string[]) {
  const root = process.getuid?.() === 0;
  const [command, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args];
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${path.basename(program)} failed: ${(result.stderr || result.stdout).trim()}`);
  }
  return result.stdout;
}

export async function startReplica(primaryUrl: string, port: number): Promise<Replica> {
  const primary = new URL(primaryUrl);
  const serverVersion = postgres(primaryUrl, { max: 1 });
  const [row] = await serverVersion<{ version: string }[]>`
    select current_setting('server_version_num') as version`;
  await serverVersion.end();
  const major = Math.floor(Number(row?.version) / 10_000);
  const bin = `/usr/lib/postgresql/${major}/bin`;
  if (!fs.existsSync(path.join(bin, 'pg_ctl'))) {
    throw new Error(
      `PostgreSQL ${major}'s programs are not in ${bin}: cannot make a replica here.`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-replica-'));
  fs.chmodSync(dir, 0o700);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  try {
    asPostgres(path.join(bin, 'pg_basebackup'), [
      '-h',
      primary.hostname,
      '-p',
      primary.port || '5432',
      '-U',
      decodeURIComponent(primary.username || 'postgres'),
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    const message = (error as Error).message;
    throw new Error(
      /pg_hba\.conf|replication/i.test(message)
        ? `The test server refuses replication connections: add "host replication all 127.0.0.1/32 trust" to its pg_hba.conf and reload it (.ci/run does). ${message}`
        : message,
    );
  }
  // Debian keeps the configuration outside the data directory: the replica gets a minimal one.
  fs.writeFileSync(path.join(data, 'postgresql.conf'), 'hot_standby = on\n');
  fs.writeFileSync(
    path.join(data, 'pg_hba.conf'),
    'local all all trust\nhost all all 127.0.0.1/32 trust\n',
  );
  fs.writeFileSync(path.join(data, 'pg_ident.conf'), '');
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`;
  try {
    asPostgres(path.join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      options,
      '-l',
      path.join(dir, 'log'),
      '-w',
      'start',
    ]);
  } catch (error) {
    // A standby needs at least the primary's limits (max_connections…): the log says which.
    const log = fs.readFileSync(path.join(dir, 'log'), 'utf8');
    const fatal = log.split('\n').find((line) => /FATAL|PANIC/.test(line)) ?? '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message} ${fatal}`.trim());
  }
  const url = (base: string) => {
    const u = new URL(base);
    u.hostname = '127.0.0.1';
    u.port = String(port);
    return u.toString();
  };
  const admin = postgres(url(primaryUrl), { max: 1 });
  return {
    url,
    pauseReplay: async () => {
      await admin`select pg_wal_replay_pause()`;
    },
    resumeReplay: async () => {
      await admin`select pg_wal_replay_resume()`;
    },
    stop: async () => {
      await admin.end({ timeout: 1 });
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
