import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ProxyTrust, resolveClientAddress } from '../request.ts';
import { HEALTH_PATH, METRICS_PATH, READY_PATH } from './endpoints.ts';
import type { Logger } from './logger.ts';
import { pageCacheState, statusClass } from './metrics.ts';
import { loggablePath } from './redact.ts';
import type { AppMetrics } from './shared-metrics.ts';

/** The normalised page type of a request, for metrics (see each app's route-label.ts). */
export type RouteLabel = (method: string, path: string) => string;

export type RequestObserver = {
  logger: Logger;
  metrics: AppMetrics;
  trust: ProxyTrust;
  route: RouteLabel;
};

/** Asked every few seconds by probes and scrapers: labelled here, logged at debug, not info. */
const PROBES = new Map([
  [HEALTH_PATH, 'health'],
  [READY_PATH, 'ready'],
  [METRICS_PATH, 'metrics'],
]);

/** An id our own proxy may hand on: short, and nothing a log line or header could choke on. */
const VALID_REQUEST_ID = /^[\w.:@-]{1,128}$/;

/**
 * The request's id: the one our own proxy sent (so one id follows the request through proxy and
 * app logs), else a new one. A client's own X-Request-ID is ignored, as its X-Forwarded-For is:
 * it could otherwise pin its requests to another's id or write anything into our logs.
 */
export function requestId(header: string | string[] | undefined, viaTrustedProxy: boolean) {
  const given = Array.isArray(header) ? header[0] : header;
  return viaTrustedProxy && given && VALID_REQUEST_ID.test(given) ? given : randomUUID();
}

type Chunk = string | Uint8Array | undefined | null | (() => void);

const byteLength = (chunk: Chunk, encoding?: unknown) =>
  typeof chunk === 'string'
    ? Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    : chunk instanceof Uint8Array
      ? chunk.byteLength
      : 0;

/**
 * Gives the request its id (request header for the app, response header for the client) and,
 * when the response is done, writes its log line and its metrics. Call first, before anything
 * else wraps the response: the body is counted as it leaves, after compression.
 * The line has no headers, cookies or query values (loggablePath).
 */
export function observeRequest(
  req: IncomingMessage,
  res: ServerResponse,
  { logger, metrics, trust, route }: RequestObserver,
): void {
  const started = performance.now();
  const method = req.method ?? 'GET';
  const url = req.url ?? '/';
  const client = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    trust,
  );
  const id = requestId(req.headers['x-request-id'], client.viaTrustedProxy);
  req.headers['x-request-id'] = id;
  res.setHeader('x-request-id', id);

  let bytes = 0;
  const write = res.write;
  res.write = function countedWrite(this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    bytes += byteLength(chunk, rest[0]);
    return write.call(this, chunk, ...(rest as [BufferEncoding]));
  } as ServerResponse['write'];
  const end = res.end;
  res.end = function countedEnd(this: ServerResponse, chunk?: Chunk, ...rest: unknown[]) {
    bytes += byteLength(chunk, rest[0]);
    return end.call(this, chunk as string, ...(rest as [BufferEncoding]));
  } as ServerResponse['end'];

  res.once('close', () => {
    const ms = performance.now() - started;
    const path = url.split('?')[0]!;
    const probe = PROBES.get(path);
    const label = probe ?? route(method, path);
    const status = res.statusCode;
    const cache = pageCacheState(res.getHeader('x-nextjs-cache'));
    metrics.requestDuration.observe({ route: label }, ms / 1000);
    metrics.responses.inc({ route: label, status_class: statusClass(status) });
    if (cache) metrics.pageCache.inc({ state: cache });
    const line = {
      reqId: id,
      method,
      path: loggablePath(url),
      route: label,
      status,
      ms: Math.round(ms * 10) / 10,
      bytes,
      ...(cache ? { cache } : {}),
      client: client.address,
      // The client went away before the whole answer was sent.
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (probe) logger.debug(line, 'request');
    else logger.info(line, 'request');
  });
}
