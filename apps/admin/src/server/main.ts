/**
 * The admin's server: Next.js behind two things `next start` cannot do.
 *   1. The client address comes from the socket (and from our own proxies only, per
 *      TRUSTED_PROXY_HOPS / TRUSTED_PROXY_CIDRS); Next's server would keep whatever
 *      X-Forwarded-For the client sent, which is what let one attacker pass for 400.
 *   2. Every response, whatever produced it (page, action, handler, static file, error, the
 *      proxy's redirects), carries the security headers and a fresh CSP nonce.
 * Every request is also logged and measured, and /api/health, /api/ready and /metrics are
 * answered here, before Next (observability.ts; why outside Next: @vestnik/content/observability).
 * Beside it, an hourly prune of old login attempts (login-attempts-prune.ts) and the worker that
 * runs the imports started on the «Импорт» page (import-worker.ts).
 *   node --import tsx src/server/main.ts          production build (after `next build`)
 *   node --import tsx src/server/main.ts --dev    development, with hot reload
 * It listens on ADMIN_PORT (3001), on 127.0.0.1 unless HOST says otherwise.
 */
import http from 'node:http';
import path from 'node:path';
import { isDecodablePath } from '@vestnik/content/request';
import {
  configOrExit,
  exitOnSignals,
  keepConnectionsForProxies,
  serverMode,
} from '@vestnik/content/server-start';
import { installUnavailableGuard, unavailablePage } from '@vestnik/content/server-unavailable';
import { sharedDatabase } from '@vestnik/db/client';
import { watchDatabase } from '@vestnik/db/health';
import { databaseUrl, env, servedOverHttps } from '../env.ts';
import { markClientAddressResolved } from '../lib/client-ip.ts';
import { ADMIN_POOL } from '../lib/db.ts';
import { rewriteForwardingHeaders } from './client-address.ts';
import { startImportWorker } from './import-worker.ts';
import { startLoginAttemptsPrune } from './login-attempts-prune.ts';
import { adminObservability } from './observability.ts';
import { applySecurityHeaders } from './security-headers.ts';

// Next reads NODE_ENV when it is first imported, hence the dynamic import below.
const { dev } = serverMode();
const config = configOrExit(env);
const port = config.ADMIN_PORT;
const trust = { hops: config.TRUSTED_PROXY_HOPS, cidrs: config.TRUSTED_PROXY_CIDRS };
const https = servedOverHttps();
const siteOrigin = new URL(config.SITE_URL).origin;

/** Everything the admin does needs the database: without it, a page saying so (see the guard). */
const database = watchDatabase(databaseUrl(config), { applicationName: 'vestnik-admin-health' });
database.onChange((down, result) => {
  if (down) {
    console.error(
      `The admin's database stopped answering (${result.error}); editors see «База данных недоступна» until it is back.`,
    );
  } else console.log("The admin's database answers again.");
});
const UNAVAILABLE_PAGE = unavailablePage({
  title: 'База данных недоступна — админка',
  heading: 'База данных недоступна',
  text: 'Админка сейчас не может связаться с базой данных, поэтому страницы не открываются и изменения не сохраняются. Всё, что уже было сохранено, на месте. Обновите страницу через минуту; если ошибка повторяется, сообщите администратору сервера.',
  link: { href: '/', label: 'Обновить' },
});
// Same URL and name as the app's own pool (lib/db.ts), so both share one pool in this process.
const appDb = sharedDatabase(databaseUrl(config), ADMIN_POOL);
const observability = adminObservability(config, database);

markClientAddressResolved();
const server = http.createServer((request, response) => {
  // First, while X-Forwarded-For is still the one our proxies sent.
  observability.observe(request, response);
  rewriteForwardingHeaders(request, trust);
  applySecurityHeaders(request, response, { https, dev, siteOrigin });
  if (!isDecodablePath(request.url)) {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Неверный адрес страницы: в нём есть недопустимые символы.');
    return;
  }
  // No session, no permission: probes have no user; /metrics has its own token. These never
  // reach Next, so they are not route handlers (and not defineRoute's to guard), and they answer
  // while the database is away (the guard below is for what needs it).
  if (observability.endpoints(request, response)) return;
  installUnavailableGuard(request, response, {
    isDatabaseDown: database.isDown,
    deadlineMs: 4000,
    retryAfterSeconds: 30,
    page: () => UNAVAILABLE_PAGE,
  });
  void handle(request, response);
});

const { default: next } = await import('next');
const dir = path.resolve(import.meta.dirname, '../..');
const app = next({ dev, dir, port, hostname: 'localhost', httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

keepConnectionsForProxies(server);
// Loopback unless told otherwise (HOST): the admin is not for the local network by default.
server.listen(port, config.HOST, () => {
  const mode = dev ? 'development' : 'production';
  observability.logger.info(
    { port, host: config.HOST, mode },
    `Admin ready on http://localhost:${port} (${mode})`,
  );
});

const prune = startLoginAttemptsPrune({ db: appDb });

// Imports started on the «Импорт» page run here, outside any request (import-worker.ts).
const imports = startImportWorker({
  db: appDb,
  databaseUrl: databaseUrl(config),
  storeDir: config.MEDIA_DIR,
  timeZone: config.SITE_TIMEZONE,
  cache: {
    siteUrl: config.SITE_URL,
    revalidateSecret: config.REVALIDATE_SECRET,
    purgeUrls: config.PURGE_URLS,
  },
});

exitOnSignals(server, async () => {
  prune.stop();
  imports.stop();
  await database.stop();
});
