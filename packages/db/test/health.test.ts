import net from 'node:net';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { watchDatabase } from '../src/health.ts';

/** A server that accepts connections and never says a word: a frozen PostgreSQL, seen from TCP. */
async function silentServer() {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `postgres://nobody@127.0.0.1:${port}/none`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

const watches: { stop: () => Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(watches.map((w) => w.stop()));
});

describe('[OPS][HEALTH] the database watch', () => {
  test('a database that answers is up', async () => {
    const health = watchDatabase(inject('serverUrl'), { intervalMs: 200, timeoutMs: 1000 });
    watches.push(health);
    const result = await health.check();
    expect(result.ok).toBe(true);
    expect(health.isDown()).toBe(false);
  });

  test('a closed port is down at once, with the reason', async () => {
    const health = watchDatabase('postgres://nobody@127.0.0.1:1/none', { timeoutMs: 1000 });
    watches.push(health);
    const result = await health.check();
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/ECONNREFUSED|connect/i);
    expect(health.isDown()).toBe(true);
  });

  test('a server that never answers is down after the time-out, and one probe at a time is in flight', async () => {
    const silent = await silentServer();
    const health = watchDatabase(silent.url, { intervalMs: 100, timeoutMs: 500 });
    watches.push(health);
    const changes: boolean[] = [];
    health.onChange((down) => changes.push(down));
    const result = await health.check();
    expect(result).toMatchObject({ ok: false, error: 'no answer within 500 ms' });
    expect(health.isDown()).toBe(true);
    expect(changes).toEqual([true]);
    silent.close();
  });
});
