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
import {
  configOrExit,
  exitOnSignals,
  failStart,
  keepConnectionsForProxies,
  serverMode,
} from '@vestnik/content/server-start';
import { installUnavailableGuard } from '@vestnik/content/server-unavailable';
import { sharedDatabase } from '@vestnik/db/client';
import { watchDatabase } from '@vestnik/db/health';
import { handleWithRenderSlots, processRenderSlots } from '../cache/render-slots.ts';
import { tagStore } from '../cache/tag-store.ts';
import { env, primaryDatabaseUrl } from '../env.ts';
import { SITE_POOL } from '../lib/db.ts';
import { flushViewsBeforeExit } from '../lib/views/views.ts';
import { CLIENT_ADDRESS_HEADER, clientAddress } from './client-address.ts';
import { installCompression } from './compression.ts';
import { rejectMalformedUrl } from './malformed-url.ts';
import { siteObservability } from './observability.ts';
import { startPublishWatch } from './publish-watch.ts';
import { installResponseHeaders } from './response-headers.ts';
import { siteUnavailablePage } from './unavailable-page.ts';

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
/**
 * A reader waits about this long for an answer while the database is away (the watch knows a
 * frozen database after its 2 s time-out; see installUnavailableGuard).
 */
const RESPONSE_DEADLINE_MS = 4000;

// Browsers are told to stay on https only when the site's public address is https.
const https = config.SITE_URL.startsWith('https:');

// With REDIS_URL, connect and load the shared tag expiries now rather than on the first request:
// until they are loaded, pages stored in Redis are not served (src/cache/page-cache.ts).
tagStore();

const { default: next } = await import('next');
const dir = path.resolve(import.meta.dirname, '../..');
const app = next({ dev, dir, port, hostname: 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

// Where pages are read from: when it does not answer, a page that is not stored gets a 503.
const readUrl = config.DATABASE_READ_URL ?? databaseUrl;
const database = watchDatabase(readUrl, { applicationName: 'vestnik-web-health' });
database.onChange((down, result) => {
  if (down) {
    console.error(
      `The site's database stopped answering (${result.error}); stored pages are still served, others get 503 until it is back.`,
    );
  } else console.log("The site's database answers again.");
});
const observability = siteObservability(config, database, processRenderSlots());

const server = http.createServer((req, res) => {
  // First: its wrapper counts the bytes that leave, after compression wraps in its own.
  observability.observe(req, res);
  if (rejectMalformedUrl(req, res)) return;
  // The app reads the client's address from here only: set by us, never taken from the client.
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(req, trust);
  installResponseHeaders(req, res, { https });
  installCompression(req, res);
  // After the header policy: probes and metrics get the security headers and stay private; they
  // answer while the database is away (the guard below is for what needs it).
  if (observability.endpoints(req, res)) return;
  installUnavailableGuard(req, res, {
    isDatabaseDown: database.isDown,
    deadlineMs: RESPONSE_DEADLINE_MS,
    retryAfterSeconds: 30,
    page: siteUnavailablePage,
  });
  // A render this request waits for or begins gives its slot back when the response ends.
  handleWithRenderSlots(res, () => {
    void handle(req, res);
  });
});
keepConnectionsForProxies(server);
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
  db: sharedDatabase(readUrl, SITE_POOL),
  timeZone: config.SITE_TIMEZONE,
  purgeUrls: config.PURGE_URLS,
});

exitOnSignals(server, async () => {
  watch.stop();
  await flushViewsBeforeExit(10_000);
  await database.stop();
});
