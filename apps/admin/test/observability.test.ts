import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sharedDatabase } from '@vestnik/db/client';
import { type DatabaseHealth, watchDatabase } from '@vestnik/db/health';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseUrl, env } from '@/env';
import { adminObservability } from '@/server/observability';
import { adminRoute } from '@/server/route-label';
import { adminTestDatabase } from './harness';

// A fresh database; the admin's env then points at it with the admin's own login.
adminTestDatabase();
const TOKEN = 'admin-scrape-token-0123456789';
const servers: http.Server[] = [];
const watches: DatabaseHealth[] = [];

beforeAll(() => {
  vi.stubEnv('METRICS_TOKEN', TOKEN);
  vi.stubEnv('LOG_LEVEL', 'silent');
});
afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  await Promise.all(watches.map((watch) => watch.stop()));
});

/** The admin's observability on a real server (port 0), watching the database at `url`. */
async function serve(url: string) {
  const watch = watchDatabase(url);
  watches.push(watch);
  const observability = adminObservability(env(), watch);
  const server = http.createServer((req, res) => {
    observability.observe(req, res);
    if (!observability.endpoints(req, res)) res.writeHead(418).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the admin probes, on a real PostgreSQL', () => {
  it("[OBS][READY] ready is 200 with the database's time when the admin's own login answers select 1", async () => {
    const url = await serve(databaseUrl());
    const response = await fetch(`${url}/api/ready`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await response.json()).toEqual({
      ok: true,
      checks: { database: { ok: true, ms: expect.any(Number) } },
    });
  });

  it('[OBS][READY] with the database on a closed port ready answers 503 within its deadline, health stays 200', async () => {
    const url = await serve('postgres://vestnik@127.0.0.1:1/vestnik');
    const response = await fetch(`${url}/api/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      ok: false,
      checks: { database: { ok: false } },
    });
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
  });

  it('[OBS][METRICS] /metrics needs the token, and shows the pool: its size, and a slow query while it runs', async () => {
    const url = await serve(databaseUrl());
    expect((await fetch(`${url}/metrics`)).status).toBe(401);
    const scrape = async () =>
      (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    const pool = (text: string, name: string) =>
      Number(
        new RegExp(`^${name}\\{[^}]*pool="vestnik-admin"[^}]*\\} (\\d+)`, 'm').exec(text)?.[1],
      );
    const db = sharedDatabase(databaseUrl(), { applicationName: 'vestnik-admin' });
    // drizzle runs a query when it is awaited: `then` starts it now, the scrape runs meanwhile.
    const slow = db.execute(sql`select pg_sleep(0.5)`).then(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const during = await scrape();
    expect(pool(during, 'vestnik_db_pool_size')).toBeGreaterThanOrEqual(10);
    expect(pool(during, 'vestnik_db_operations_in_flight')).toBeGreaterThanOrEqual(1);
    await slow;
    await db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
    });
    expect(pool(await scrape(), 'vestnik_db_operations_in_flight')).toBe(0);
  });
});

describe('the admin route label', () => {
  it('[OBS][METRICS] pages, actions and handlers get a type; ids and keys never reach a label', () => {
    const cases: [string, string, string][] = [
      ['GET', '/', 'admin_page'],
      ['GET', '/articles/123', 'admin_page'],
      ['GET', '/articles/123/revisions', 'admin_page'],
      ['POST', '/articles/123', 'admin_action'],
      ['GET', '/imports/7', 'admin_page'],
      ['GET', '/login', 'login'],
      ['POST', '/login', 'admin_action'],
      ['POST', '/api/auth/callback/credentials', 'api_auth'],
      ['GET', '/api/articles/123/current', 'api_article_current'],
      ['POST', '/api/articles/123/lock/release', 'api_article_lock'],
      ['GET', '/api/imports/7/report', 'api_imports'],
      ['GET', '/api/media/file/ab/0123456789abcd.jpg', 'api_media_file'],
      ['GET', '/_next/static/chunks/main.js', 'next_static'],
      ['GET', '/articles/123/../../etc', 'other'],
      ['GET', '/wp-admin', 'other'],
    ];
    for (const [method, path, label] of cases) expect(adminRoute(method, path), path).toBe(label);
  });
});
