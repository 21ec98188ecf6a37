import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { type AppName, appEnv } from '@vestnik/db/app-env';
import { reports, TEST_DIR } from './merge.config';
import { ADMIN, DEPLOYMENT, SITE } from './tests/support/urls';

export { ADMIN, SITE };

const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 3101);

/**
 * `pnpm e2e` (scripts/run-e2e.ts) runs the suite in two phases, each a Playwright run:
 * `parallel`, every test not tagged `@alone`, on E2E_WORKERS workers (below); then `alone`,
 * the `@alone` tests one at a time with nothing beside them (screenshots of the whole front page,
 * killing instances under load). Unset (a bare `playwright test`): everything, on one worker.
 */
const phase = process.env.E2E_PHASE as 'parallel' | 'alone' | undefined;
/**
 * At least two workers, and one per two cores beyond four: a worker's Chromium and its share of
 * the two servers keep about two busy. Two workers also prove what one cannot, that tests of
 * different files do not disturb each other. Measured on a 2-core machine (quiet): the shared
 * phase took 4.7 min on one worker and 4.0 min on two. E2E_WORKERS sets it.
 */
const defaultWorkers = Math.max(2, Math.floor(os.availableParallelism() / 2));
const workers = phase === 'parallel' ? Number(process.env.E2E_WORKERS ?? defaultWorkers) : 1;

/**
 * Which tests a project runs, by tags: all of `needs`, none of `refuses`. Against a deployment
 * (E2E_SITE_URL) the tests that need the suite's own servers and database (`@local`: killing
 * instances, replicas, database roles, import files) are left out; the phase adds its own.
 */
function select(needs: string[], refuses: string[]) {
  const required = [...needs, ...(phase === 'alone' ? ['@alone'] : [])];
  const refused = [
    ...refuses,
    ...(DEPLOYMENT ? ['@local'] : []),
    ...(phase === 'parallel' ? ['@alone'] : []),
  ];
  return {
    ...(required.length
      ? { grep: new RegExp(`^${required.map((t) => `(?=.*${t}\\b)`).join('')}`) }
      : {}),
    ...(refused.length ? { grepInvert: new RegExp(refused.map((t) => `${t}\\b`).join('|')) } : {}),
  };
}

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL_BROWSER = '/usr/bin/chromium';

// A browser window to watch (--headed, --debug, --ui) needs the full browser: the shell has none.
// Set in the runner's environment, which its workers inherit (they read this file again).
const watching = ['--headed', '--debug', '--ui'].some((flag) => process.argv.includes(flag));
if (watching && !process.env.E2E_CHROMIUM && fs.existsSync(FULL_BROWSER)) {
  process.env.E2E_CHROMIUM = FULL_BROWSER;
}

/**
 * Debian's Chromium where it exists (Playwright cannot download browsers on our machines): its
 * headless shell (package `chromium-headless-shell`, the kind of build Playwright itself runs
 * headless) when installed, else the full browser in its new headless mode, which also runs the
 * browser's own window UI in a renderer of its own (`--top-chrome-webui`) for every window. Measured
 * on one 2-core machine, full browser then shell, 2 workers: the shared phase (132 tests) 15.4 →
 * 8.9 min, CPU of the whole run 1,853 → 1,067 s; a11y.spec.ts alone 2.8 → 2.2 min, editor-articles
 * with editor-concurrency 2.9 → 1.5 min. Both draw pages alike: the visual baselines pass with
 * either. E2E_CHROMIUM names another binary.
 */
const chromium =
  process.env.E2E_CHROMIUM ?? [HEADLESS_SHELL, FULL_BROWSER].find((file) => fs.existsSync(file));
const launchOptions = chromium
  ? {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
      ],
    }
  : {};

const desktop = { ...devices['Desktop Chrome'], launchOptions };
// Chrome on an Android phone, at the 390 px width of today's most common phones.
const phone = {
  ...devices['Pixel 7'],
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  launchOptions,
};

const secret = () => randomBytes(32).toString('base64url');
const serverEnv = {
  ...(process.env as Record<string, string>),
  SITE_URL: SITE,
  ADMIN_URL: ADMIN,
  AUTH_SECRET: process.env.AUTH_SECRET ?? secret(),
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? secret(),
  PREVIEW_SECRET: process.env.PREVIEW_SECRET ?? secret(),
  // The tests make their rows through the admin's test-data API (tests/support/test-data.ts).
  VESTNIK_ENV: 'test',
  TEST_DATA_API: 'on',
  // Every test reads the site from one address, whose views the site caps at 120 a minute (a
  // farm of fresh cookies). Two workers, or a repeat, pass that cap and a counting test then
  // sees a reader not counted. The cap itself is view-gate.test.ts's to check.
  VIEWS_PER_ADDRESS_PER_MINUTE: '1000000',
};

/**
 * Each app with only its own variables, as the launcher starts them (appEnv): the site without
 * AUTH_SECRET, and neither app with the owner's DATABASE_URL. Playwright merges its own process.env into
 * a web server's environment, so what an app must not have is removed by name (`env -u`) on its
 * command line; names only, never values, appear there.
 */
function startApp(app: AppName, command: string): string {
  const kept = appEnv(app, serverEnv);
  const removed = Object.keys(serverEnv).filter((name) => !(name in kept));
  return ['env', ...removed.flatMap((name) => ['-u', name]), command].join(' ');
}

export default defineConfig({
  testDir: TEST_DIR,
  // Files are spread over the workers; the tests of one file run in order in one worker.
  fullyParallel: false,
  workers,
  // One retry in CI, never hidden: reporters/flaky-summary.ts lists every test that needed it.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  // Every run writes the JUnit XML for CI systems and the HTML report (traces and screenshots of
  // failures; `pnpm e2e:report` opens it) under e2e/reports. A phase writes a blob of its results
  // instead; run-e2e.ts merges both phases into those reports (merge.config.ts).
  reporter: [
    [process.env.CI ? 'list' : 'line'],
    ...(phase ? [['blob', { outputDir: `reports/blob-${phase}` }] as const] : reports),
  ],
  timeout: 30_000,
  // No video: Playwright records with its own ffmpeg build, which cannot be downloaded here
  // (like its browsers); a trace holds a screencast of every step anyway.
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'ru-RU',
    timezoneId: 'Asia/Almaty',
  },
  // Three browsers, told apart by tags (see e2e/README.md "Tags and projects"):
  projects: [
    // Everything written for an ordinary desktop browser.
    { name: 'desktop', use: desktop, ...select([], ['@nojs']) },
    // A 390 px phone with touch: the reader's smoke tests, where layout breaks first.
    {
      name: 'mobile',
      use: phone,
      ...select(['@reader', '@smoke'], ['@editor', '@nojs']),
      // A phone's screen is drawn at 2.6 device pixels per CSS pixel: on a loaded 2-core machine a
      // client-side navigation took 8 s to show its new address (one run with load 20).
      expect: { timeout: 10_000 },
    },
    // The reader's tests written for a browser without JavaScript: pages must be whole HTML.
    {
      name: 'no-js',
      use: { ...desktop, javaScriptEnabled: false },
      ...select(['@nojs'], []),
    },
  ],
  // Against a deployment nothing is started; by default the site and the admin on this machine.
  webServer: DEPLOYMENT
    ? []
    : [
        {
          // The site's own server (Next behind its HTTP cache policy and publish watcher).
          command: startApp('web', 'pnpm --filter @vestnik/web start'),
          url: `${SITE}/api/health`,
          env: { ...serverEnv, WEB_PORT: String(webPort) },
          reuseExistingServer: false,
          timeout: 120_000,
        },
        {
          // The admin's own server (client address from the socket, security headers on every
          // response): a bare `next start` would trust X-Forwarded-For.
          command: startApp('admin', 'pnpm --filter @vestnik/admin start'),
          url: `${ADMIN}/login`,
          env: { ...serverEnv, ADMIN_PORT: String(adminPort) },
          reuseExistingServer: false,
          timeout: 120_000,
        },
      ],
});
