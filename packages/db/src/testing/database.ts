import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createDatabase } from '../client.ts';
import { startEmbeddedServer } from '../embedded/server.ts';
import { migrateDatabase } from '../migrate.ts';
import {
  type AppDatabaseUrls,
  dropLoginRoles,
  ensureLoginRoles,
  newRolePassword,
} from '../security/login-roles.ts';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

const uniqueName = (prefix: string) => `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;

async function adminQuery(serverUrl: string, statement: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/**
 * A migrated template database on the given server. Test files clone it (CREATE DATABASE …
 * TEMPLATE), which copies files instead of re-running migrations: each file gets a fresh database
 * in a fraction of a second.
 */
export async function createTemplateDatabase(serverUrl: string) {
  const name = uniqueName('vestnik_tpl');
  await adminQuery(serverUrl, `create database "${name}"`);
  const url = withDatabase(serverUrl, name);
  await migrateDatabase(url);
  return {
    name,
    drop: () => adminQuery(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}

export type CloneOptions = {
  /**
   * Also make login roles for this database that are members of vestnik_site and vestnik_admin
   * (named after it: role names are cluster-wide, and other runs may share the server), and
   * return the site's and the admin's URLs. `close` drops them.
   */
  appLogins?: boolean;
};

/** A fresh, migrated database cloned from the template; `close` drops it. */
export async function cloneTestDatabase(
  serverUrl: string,
  template: string,
  options: CloneOptions = {},
) {
  const name = uniqueName('vestnik_test');
  await adminQuery(serverUrl, `create database "${name}" template "${template}"`);
  const url = withDatabase(serverUrl, name);
  const logins = options.appLogins
    ? {
        site: { name: `${name}_site`, password: newRolePassword() },
        admin: { name: `${name}_admin`, password: newRolePassword() },
      }
    : undefined;
  const appUrls: Partial<AppDatabaseUrls> = logins ? await ensureLoginRoles(url, logins) : {};
  const handle = createDatabase(url, { max: 5, applicationName: 'vestnik-test' });
  return {
    url,
    ...appUrls,
    db: handle.db,
    sql: handle.sql,
    close: async () => {
      await handle.close();
      await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
      if (logins) await dropLoginRoles(serverUrl, [logins.site.name, logins.admin.name]);
    },
  };
}

/** A port nobody listens on now (the system's pick), for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A throw-away embedded PostgreSQL in a temporary directory, for tests. */
export async function startTestEmbeddedServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-pg-'));
  fs.chmodSync(dir, 0o755);
  const server = await startEmbeddedServer({
    dataDir: path.join(dir, 'pg'),
    port: await freePort(),
  });
  return {
    url: server.url('postgres'),
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
