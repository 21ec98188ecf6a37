import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../src/embedded/server.ts';
import { UserFacingError } from '../../src/errors.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-launcher-'));
  fs.chmodSync(dir, 0o755);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function occupyPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      cleanups.push(() => new Promise<void>((r) => server.close(() => r())));
      resolve((server.address() as net.AddressInfo).port);
    });
  });
}

async function startError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error('expected the start to fail');
}

describe('embedded PostgreSQL', () => {
  it('[DB][EMBEDDED] a port in use ends with one sentence naming the port and the fix', async () => {
    const port = await occupyPort();
    const message = await startError(
      startEmbeddedServer({ dataDir: path.join(tempDir(), 'pg'), port }),
    );
    expect(message).toContain(`Port ${port}`);
    expect(message).toContain('EMBEDDED_PG_PORT');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('[DB][EMBEDDED] a damaged data directory is reported and left untouched', async () => {
    const dir = path.join(tempDir(), 'pg');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'PG_VERSION'), '18\n');
    const message = await startError(startEmbeddedServer({ dataDir: dir, port: 54_999 }));
    expect(message).toMatch(/damaged/);
    expect(message).toContain(`mv ${dir} ${dir}.broken`);
    expect(fs.readdirSync(dir)).toEqual(['PG_VERSION']);
  });

  it('[DB][EMBEDDED] data written before a stop is there after the next start', async () => {
    const dir = path.join(tempDir(), 'pg');
    const port = 55_000 + Math.floor(Math.random() * 5000);
    const first = await startEmbeddedServer({ dataDir: dir, port });
    const sql1 = postgres(first.url('postgres'), { max: 1, onnotice: () => {} });
    await sql1`create table kept (note text)`;
    await sql1`insert into kept values ('Қазақстан')`;
    await sql1.end();
    await first.stop();
    const second = await startEmbeddedServer({ dataDir: dir, port });
    cleanups.push(() => second.stop());
    const sql2 = postgres(second.url('postgres'), { max: 1 });
    const rows = await sql2`select note from kept`;
    await sql2.end();
    expect(rows.map((r) => r.note)).toEqual(['Қазақстан']);
  });

  it('[DB][EMBEDDED] corrupted database files end with one sentence naming the directory and the fix', async () => {
    const dir = path.join(tempDir(), 'pg');
    const port = 55_000 + Math.floor(Math.random() * 5000);
    const server = await startEmbeddedServer({ dataDir: dir, port });
    await server.stop();
    fs.writeFileSync(path.join(dir, 'global', 'pg_control'), Buffer.alloc(8192, 7));
    const message = await startError(startEmbeddedServer({ dataDir: dir, port }));
    expect(message).toContain(`could not start from ${dir}`);
    expect(message).toContain(`mv ${dir} ${dir}.broken`);
    expect(message.split('\n')).toHaveLength(1);
  });
});
