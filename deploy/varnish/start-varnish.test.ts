import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVarnish, VarnishError } from './start-varnish.ts';
import { poll, request } from './testing/client.ts';
import { FakeSite, publicPage } from './testing/fake-site.ts';
import { candidatePorts, listenOn } from './testing/ports.ts';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
let workDir: string;
let site: FakeSite;

beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-varnish-start-'));
  site = await FakeSite.start();
});
afterAll(async () => {
  await site?.stop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

/** Holds a free port in the test range (so nothing else takes it) until released. */
async function holdPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const server = net.createServer();
  for (const port of candidatePorts()) {
    if (await listenOn(server, port)) {
      return { port, release: () => new Promise((resolve) => server.close(() => resolve())) };
    }
  }
  throw new Error('No free port in 6100-6199.');
}

const answers = (port: number) =>
  request(`http://127.0.0.1:${port}/`, { method: 'PURGE' }).then(
    () => true,
    () => false,
  );

const backends = () => [{ host: '127.0.0.1', port: site.port }];

describe('startVarnish', () => {
  it('[PROXY][START] a taken port is refused with one sentence', async () => {
    const held = await holdPort();
    const start = startVarnish({ port: held.port, backends: backends(), workDir });
    await expect(start).rejects.toThrow(`Port ${held.port} on 127.0.0.1 is already in use`);
    await expect(start).rejects.toMatchObject({ code: 'port-taken' });
    await held.release();
  });

  it('[PROXY][START] a missing varnishd is reported with the install command', async () => {
    const start = startVarnish({
      port: 6100,
      backends: backends(),
      workDir,
      varnishd: '/nonexistent/varnishd',
    });
    await expect(start).rejects.toThrow(VarnishError);
    await expect(start).rejects.toThrow(
      'Varnish is not installed: apt-get install varnish varnish-modules',
    );
  });

  it('[PROXY][START] several site instances share the traffic in turn', async () => {
    const second = await FakeSite.start();
    const held = await holdPort();
    await held.release();
    const varnish = await startVarnish({
      port: held.port,
      backends: [...backends(), { host: '127.0.0.1', port: second.port }],
      workDir,
      storageMb: 16,
    });
    try {
      for (const instance of [site, second]) instance.set('/api/rr', publicPage('home'));
      for (let i = 0; i < 4; i++) await request(`${varnish.url}/api/rr`);
      expect([site.hits('/api/rr'), second.hits('/api/rr')]).toEqual([2, 2]);
    } finally {
      await varnish.stop();
      await second.stop();
    }
    expect(await answers(held.port)).toBe(false);
  });

  it('[PROXY][START] varnishd stops when the process that started it is killed', async () => {
    const held = await holdPort();
    await held.release();
    // node --import tsx: one process (the tsx binary would add a parent), killed with SIGKILL,
    // which no exit handler sees; the watchdog must stop varnishd.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        cli,
        '--port',
        String(held.port),
        '--backend',
        `127.0.0.1:${site.port}`,
        '--work-dir',
        path.join(workDir, 'cli'),
        '--storage-mb',
        '16',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await poll(
      async () => (output.includes('Varnish is caching the site') ? true : undefined),
      60_000,
    );
    expect(await answers(held.port)).toBe(true);
    child.kill('SIGKILL');
    await poll(async () => ((await answers(held.port)) ? undefined : true), 20_000);
  });
});
