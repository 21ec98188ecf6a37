import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import type { LogLevel } from './env.ts';
import { observabilityEndpoints } from './observability/endpoints.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { checkReadiness, type ReadinessCheck } from './observability/readiness.ts';
import { pingRedis } from './observability/redis-ping.ts';
import { observeRequest, type RouteLabel } from './observability/request-log.ts';
import type { ProxyTrust } from './request.ts';

/**
 * What both apps' servers do to be watched: a JSON log line and metrics per request, and the
 * endpoints /api/health, /api/ready and /metrics (see the README, "Observability").
 */

export type { Logger } from './observability/logger.ts';
export type { ReadinessCheck } from './observability/readiness.ts';

export type ObservabilityOptions = {
  app: 'web' | 'admin';
  logLevel: LogLevel;
  metricsToken: string | undefined;
  trust: ProxyTrust;
  route: RouteLabel;
  /** What /api/ready checks, by name (`database`, `redis`). */
  checks: Record<string, ReadinessCheck>;
  /** The deadline of each readiness check: below a probe's own (Kubernetes waits 1 s). */
  readyTimeoutMs?: number;
  /** Where log lines go (tests); stdout by default. */
  logDestination?: DestinationStream;
};

export type Observability = ReturnType<typeof createObservability>;

export function createObservability(options: ObservabilityOptions) {
  const logger = createLogger(options.app, options.logLevel, options.logDestination);
  const metrics = createMetrics(options.app);
  const ready = () =>
    checkReadiness(options.checks, options.readyTimeoutMs ?? 900, (check, err) =>
      logger.warn({ check, err }, 'readiness check failed'),
    );
  const { trust, route } = options;
  return {
    logger,
    metrics,
    /** Call first for every request (see observeRequest). */
    observe: (req: IncomingMessage, res: ServerResponse) =>
      observeRequest(req, res, { logger, metrics, trust, route }),
    /** Answers /api/health, /api/ready and /metrics and returns true; false for anything else. */
    endpoints: observabilityEndpoints({ ready, metrics, metricsToken: options.metricsToken }),
  };
}

/** A readiness check of the Redis at `url` (a PING on a connection of its own). */
export const redisCheck =
  (url: string): ReadinessCheck =>
  (signal) =>
    pingRedis(url, signal);
