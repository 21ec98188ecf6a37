import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readiness } from './readiness.ts';
import type { AppMetrics } from './shared-metrics.ts';

export type EndpointOptions = {
  /** The readiness checks of this app (./readiness.ts). */
  ready: () => Promise<Readiness>;
  metrics: AppMetrics;
  /** METRICS_TOKEN; without one /metrics does not exist (404). */
  metricsToken: string | undefined;
};

export const HEALTH_PATH = '/api/health';
export const READY_PATH = '/api/ready';
export const METRICS_PATH = '/metrics';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Whether the Authorization header carries the bearer token. Both sides are hashed first, so the
 * constant-time comparison runs on equal lengths and the time taken says nothing about how much
 * of the token, or of its length, a guess got right.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  return timingSafeEqual(sha256(given), sha256(token)) && given.length > 0;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    // Probes must see the instance as it is now, never a copy kept by a proxy or browser.
    'cache-control': 'private, no-store',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function answerReady(req: IncomingMessage, res: ServerResponse, options: EndpointOptions) {
  const readiness = await options.ready().catch(() => ({ ok: false, checks: {} }));
  send(req, res, readiness.ok ? 200 : 503, JSON.stringify(readiness));
}

async function answerMetrics(req: IncomingMessage, res: ServerResponse, options: EndpointOptions) {
  const { metricsToken: token, metrics } = options;
  if (!token) return send(req, res, 404, JSON.stringify({ error: 'Not found' }));
  if (!bearerMatches(req.headers.authorization, token)) {
    return send(req, res, 401, JSON.stringify({ error: 'Bearer token required' }), {
      'www-authenticate': 'Bearer realm="metrics"',
    });
  }
  const text = await metrics.registry.metrics();
  send(req, res, 200, text, { 'content-type': metrics.registry.contentType });
}

/**
 * The endpoints our own HTTP server answers before Next: /api/health, /api/ready and /metrics.
 * They live outside Next on purpose: they must answer while Next is busy or broken, must not
 * create a session or touch the page cache, and are infrastructure, not pages. (In the admin
 * every Next route handler goes through defineRoute with a permission; a probe has no user,
 * and the metrics are guarded by their own token instead.)
 * The returned function answers and returns true for these paths, else returns false.
 */
export function observabilityEndpoints(options: EndpointOptions) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== HEALTH_PATH && path !== READY_PATH && path !== METRICS_PATH) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, JSON.stringify({ error: 'Method not allowed' }), {
        allow: 'GET, HEAD',
      });
      return true;
    }
    if (path === HEALTH_PATH) {
      send(req, res, 200, JSON.stringify({ ok: true, uptime: Math.round(process.uptime()) }));
    } else if (path === READY_PATH) {
      void answerReady(req, res, options);
    } else {
      answerMetrics(req, res, options).catch(() => {
        if (!res.headersSent) send(req, res, 500, JSON.stringify({ error: 'Metrics failed' }));
        else res.destroy();
      });
    }
    return true;
  };
}
