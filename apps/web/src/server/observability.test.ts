import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type DatabaseHealth, watchDatabase } from '@vestnik/db/health';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createRenderSlots, type RenderSlots } from '../cache/render-slots.ts';
import { siteObservability } from './observability.ts';

const servers: http.Server[] = [];
const watches: DatabaseHealth[] = [];
afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  await Promise.all(watches.map((watch) => watch.stop()));
});

/** The site's observability from `vars`, on a real server (port 0). */
async function serve(vars: Record<string, string>, slots?: RenderSlots) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  const { env, primaryDatabaseUrl } = await import('../env.ts');
  const watch = watchDatabase(primaryDatabaseUrl(env())!);
  watches.push(watch);
  const observability = siteObservability(env(), watch, slots);
  const server = http.createServer((req, res) => {
    observability.observe(req, res);
    if (!observability.endpoints(req, res)) res.writeHead(418).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the site probes', () => {
  it('[OBS][READY] database and Redis on closed ports: ready is 503 naming both, in time; health stays 200', async () => {
    const url = await serve({
      SITE_DATABASE_URL: 'postgres://vestnik@127.0.0.1:1/vestnik',
      REDIS_URL: 'redis://127.0.0.1:1',
      LOG_LEVEL: 'silent',
    });
    const ready = await fetch(`${url}/api/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      ok: false,
      checks: { database: { ok: false }, redis: { ok: false } },
    });
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
  });

  it('[OBS][METRICS] /metrics shows the pages rendering and the misses waiting for a slot', async () => {
    const slots = createRenderSlots(1);
    const url = await serve(
      {
        SITE_DATABASE_URL: 'postgres://vestnik@127.0.0.1:1/vestnik',
        LOG_LEVEL: 'silent',
        METRICS_TOKEN: 'm'.repeat(32),
      },
      slots,
    );
    await slots.take('/rendering');
    const waiting = slots.take('/waiting');
    const scrape = async () => {
      const response = await fetch(`${url}/metrics`, {
        headers: { authorization: `Bearer ${'m'.repeat(32)}` },
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    const busy = await scrape();
    expect(busy).toMatch(/^vestnik_page_renders_running\{app="web"\} 1$/m);
    expect(busy).toMatch(/^vestnik_page_renders_waiting\{app="web"\} 1$/m);
    slots.give('/rendering');
    await waiting;
    slots.give('/waiting');
    const idle = await scrape();
    expect(idle).toMatch(/^vestnik_page_renders_running\{app="web"\} 0$/m);
    expect(idle).toMatch(/^vestnik_page_renders_waiting\{app="web"\} 0$/m);
  });
});
