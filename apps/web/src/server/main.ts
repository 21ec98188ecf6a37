/**
 * The public site's server: Next.js, with the HTTP cache policy applied to every response and the
 * publish watcher running beside it. Every request is logged and measured (observability.ts), and
 * /api/health, /api/ready and /metrics are answered here, before Next.
 *   node dist/server/main.mjs                     production (`pnpm build` compiles it)
 *   node --import tsx src/server/main.ts --dev    development, with hot reload
 * WEB_PORT (3000) and HOST (127.0.0.1) choose where it listens.
 */
import http from 'node:http';
import path from 'node:path';
import { configOrExit, exitOnSignals, failStart, serverMode } from '@vestnik/content/server-start';
import { sharedDatabase } from '@vestnik/db/client';
import { env, primaryDatabaseUrl } from '../env.ts';
import { CLIENT_ADDRESS_HEADER, clientAddress } from './client-address.ts';
import { installCompression } from './compression.ts';
import { rejectMalformedUrl } from './malformed-url.ts';
import { siteObservability } from './observability.ts';
import { startPublishWatch } from './publish-watch.ts';
import { installResponseHeaders } from './response-headers.ts';

// Next reads NODE_ENV when it is first imported, hence the dynamic import below.
const { dev } = serverMode();
const config = configOrExit(env);
const databaseUrl = primaryDatabaseUrl(config);
if (!databaseUrl) {
  failStart(
    'SITE_DATABASE_URL (or DATABASE_URL) is not set: the site needs a PostgreSQL database.',
  );
}
const trust = { hops: config.TRUSTED_PROXY_HOPS, cidrs: config.TRUSTED_PROXY_CIDRS };
const port = config.WEB_PORT;

// Browsers are told to stay on https only when the site's public address is https.
const https = config.SITE_URL.startsWith('https:');

const { default: next } = await import('next');
const dir = path.resolve(import.meta.dirname, '../..');
const app = next({ dev, dir, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

// The pool pages read from (the same as lib/db.ts's readDb: one pool per URL in the process).
const readPool = sharedDatabase(config.DATABASE_READ_URL ?? databaseUrl, {
  applicationName: 'vestnik-web',
});
const observability = siteObservability(config, readPool);

const server = http.createServer((req, res) => {
  // First: its wrapper counts the bytes that leave, after compression wraps in its own.
  observability.observe(req, res);
  if (rejectMalformedUrl(req, res)) return;
  // The app reads the client's address from here only: set by us, never taken from the client.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trust);
  installResponseHeaders(req, res, { https });
  installCompression(req, res);
  // After the header policy: probes and metrics get the security headers and stay private.
  if (observability.endpoints(req, res)) return;
  void handle(req, res);
});
// Loopback unless told otherwise: a laptop's `pnpm start` must not expose the portal to the
// café's network; production behind a proxy on another host sets HOST=0.0.0.0.
server.listen(port, config.HOST, () => {
  const mode = dev ? 'development' : 'production';
  observability.logger.info(
    { port, host: config.HOST, mode },
    `Site ready on http://localhost:${port} (${mode})`,
  );
});

const watch = startPublishWatch({
  db: readPool,
  timeZone: config.SITE_TIMEZONE,
  purgeUrls: config.PURGE_URLS,
});

exitOnSignals(server, () => watch.stop());
