import { afterAll, describe, expect, it } from 'vitest';
import { bearerMatches, observabilityEndpoints } from './endpoints.ts';
import { createMetrics } from './metrics.ts';
import { checkReadiness } from './readiness.ts';
import { startTestServer } from './test-server.ts';

const TOKEN = 'scrape-token-0123456789abcdef';
const metrics = createMetrics('web');
const servers: { stop: () => Promise<void> }[] = [];

/** A server that answers with the endpoints, and 418 for anything they leave to Next. */
async function serve(options: { token?: string; ready?: Parameters<typeof checkReadiness>[0] }) {
  const endpoints = observabilityEndpoints({
    metrics,
    metricsToken: options.token,
    ready: () => checkReadiness(options.ready ?? {}, 300),
  });
  const server = await startTestServer((req, res) => {
    if (endpoints(req, res)) return;
    res.statusCode = 418;
    res.end();
  });
  servers.push(server);
  return server.url;
}

afterAll(async () => {
  for (const server of servers) await server.stop();
});

describe('/metrics', () => {
  it('[OBS][METRICS] without METRICS_TOKEN the endpoint does not exist', async () => {
    const url = await serve({});
    const response = await fetch(`${url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(404);
  });

  it('[OBS][METRICS] a missing or wrong token is refused with 401; the right one gets the text format', async () => {
    const url = await serve({ token: TOKEN });
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`]) {
      const response = await fetch(`${url}/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain('vestnik_');
    }
    const response = await fetch(`${url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    for (const name of [
      'vestnik_http_request_duration_seconds',
      'vestnik_http_responses_total',
      'vestnik_page_cache_total',
      'vestnik_view_flushes_total',
      'vestnik_views_total',
      'vestnik_db_operations_in_flight',
      'process_cpu_user_seconds_total',
    ]) {
      expect(text, name).toContain(name);
    }
  });

  it('[OBS][METRICS] the token comparison hashes both sides: any length or prefix of a guess is just false', () => {
    // timingSafeEqual throws on buffers of unequal length; comparing digests never does, and so
    // leaks neither the length nor a matching prefix through time or an exception.
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    for (const guess of [
      '',
      'Bearer ',
      'Bearer s',
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}${TOKEN}`,
    ]) {
      expect(bearerMatches(guess, TOKEN), guess).toBe(false);
    }
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
  });
});

describe('/api/health and /api/ready', () => {
  it('[OBS][HEALTH] liveness answers 200 without asking any dependency', async () => {
    const url = await serve({ ready: { database: () => Promise.reject(new Error('down')) } });
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('[OBS][READY] 200 with each check and its time when all pass, 503 naming the one that failed or hung', async () => {
    const ok = await serve({ ready: { database: async () => {}, redis: async () => {} } });
    const good = await fetch(`${ok}/api/ready`);
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({
      ok: true,
      checks: {
        database: { ok: true, ms: expect.any(Number) },
        redis: { ok: true, ms: expect.any(Number) },
      },
    });

    let aborted = false;
    const hung = await serve({
      ready: {
        database: (signal) =>
          new Promise((resolve) => {
            signal.addEventListener('abort', () => {
              aborted = true;
              resolve(undefined);
            });
          }),
        redis: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:6379')),
      },
    });
    const bad = await fetch(`${hung}/api/ready`);
    expect(bad.status).toBe(503);
    const body = await bad.json();
    expect(body).toMatchObject({
      ok: false,
      checks: { database: { ok: false, error: 'timeout' }, redis: { ok: false, error: 'failed' } },
    });
    // The public answer names no host: reasons are for the log.
    expect(JSON.stringify(body)).not.toContain('10.0.0.5');
    expect(aborted).toBe(true);
  });

  it('[OBS][HTTP] other paths are left to Next, other methods are 405', async () => {
    const url = await serve({});
    expect((await fetch(`${url}/api/healthz`)).status).toBe(418);
    expect((await fetch(`${url}/news/x`)).status).toBe(418);
    const post = await fetch(`${url}/api/health`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
