import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createObservability } from '../observability.ts';
import { startTestServer } from './test-server.ts';

const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

/** Our server in front of a stand-in for Next: a page from the page cache, 64 bytes. */
async function start(trust = { hops: 0, cidrs: [] as string[] }) {
  const observability = createObservability({
    app: 'web',
    logLevel: 'info',
    metricsToken: undefined,
    trust,
    route: (_method, path) => (path.startsWith('/news/') ? 'article' : 'other'),
    checks: {},
    logDestination: sink,
  });
  const server = await startTestServer((req, res) => {
    observability.observe(req, res);
    if (observability.endpoints(req, res)) return;
    res.setHeader('x-nextjs-cache', 'HIT');
    res.setHeader('x-seen-request-id', String(req.headers['x-request-id']));
    res.write('a'.repeat(32));
    res.end(Buffer.alloc(32, 'b'));
  });
  return { ...observability, ...server };
}

/** The log line of the request with this response's id, once the server wrote it. */
async function lineOf(response: Response) {
  const id = response.headers.get('x-request-id');
  await response.arrayBuffer();
  for (let i = 0; i < 50 && !lines.some((l) => l.reqId === id); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  return lines.find((l) => l.reqId === id)!;
}

/** The value of the sample `name` that carries all `labels`, in the text format. */
function sample(text: string, name: string, ...labels: string[]): number {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && labels.every((label) => l.includes(label)));
  return Number(line?.split(' ').at(-1) ?? Number.NaN);
}

const direct = await start();
const proxied = await start({ hops: 1, cidrs: [] });
afterAll(async () => {
  await direct.stop();
  await proxied.stop();
});

describe('one log line per request', () => {
  it('[OBS][LOG] the line has id, method, redacted path, route, status, time, bytes, cache state and client', async () => {
    const response = await fetch(`${direct.url}/news/x?q=secret-words&page=2`, {
      headers: {
        cookie: 'authjs.session-token=SESSION',
        authorization: 'Bearer AUTHZ',
      },
    });
    const line = await lineOf(response);
    expect(line).toMatchObject({
      level: 'info',
      app: 'web',
      msg: 'request',
      method: 'GET',
      path: '/news/x?q=[redacted]&page=2',
      route: 'article',
      status: 200,
      bytes: 64,
      cache: 'hit',
      client: '127.0.0.1',
    });
    expect(line.ms).toEqual(expect.any(Number));
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(line)).not.toMatch(/SESSION|AUTHZ|secret-words/);
  });

  it("[OBS][LOG] a client's own X-Request-ID is replaced; our proxy's is kept and sent back", async () => {
    const spoofed = await fetch(`${direct.url}/news/x`, {
      headers: { 'x-request-id': 'chosen-1' },
    });
    const id = spoofed.headers.get('x-request-id');
    expect(id).not.toBe('chosen-1');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // The app (Next) sees the same id as the log line and the client.
    expect(spoofed.headers.get('x-seen-request-id')).toBe(id);
    await lineOf(spoofed);

    const viaProxy = await fetch(`${proxied.url}/news/x`, {
      headers: { 'x-request-id': 'edge-7f3a', 'x-forwarded-for': '203.0.113.9' },
    });
    expect(viaProxy.headers.get('x-request-id')).toBe('edge-7f3a');
    expect(await lineOf(viaProxy)).toMatchObject({ reqId: 'edge-7f3a', client: '203.0.113.9' });

    const garbage = await fetch(`${proxied.url}/news/x`, {
      headers: { 'x-request-id': 'a b {"level":"fatal"}' },
    });
    expect(garbage.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await lineOf(garbage);
  });

  it('[OBS][METRICS] requests are counted by route and status class, page cache states by state', async () => {
    await lineOf(await fetch(`${direct.url}/news/y`));
    const text = await direct.metrics.registry.metrics();
    expect(
      sample(text, 'vestnik_http_responses_total', 'route="article"', 'status_class="2xx"'),
    ).toBeGreaterThan(0);
    expect(sample(text, 'vestnik_page_cache_total', 'state="hit"')).toBeGreaterThan(0);
    expect(
      sample(text, 'vestnik_http_request_duration_seconds_count', 'route="article"'),
    ).toBeGreaterThan(0);
    expect(text).not.toContain('/news/y');
  });

  it('[OBS][LOG] probes are logged at debug, below the default level', async () => {
    const before = lines.length;
    const response = await fetch(`${direct.url}/api/health`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    await new Promise((r) => setTimeout(r, 50));
    expect(lines.slice(before).filter((l) => l.path === '/api/health')).toEqual([]);
  });
});
