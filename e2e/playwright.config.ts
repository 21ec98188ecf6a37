import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const webPort = Number(process.env.E2E_WEB_PORT ?? 3100);
const adminPort = Number(process.env.E2E_ADMIN_PORT ?? 3101);
export const SITE = `http://localhost:${webPort}`;
export const ADMIN = `http://localhost:${adminPort}`;

// Debian's Chromium where it exists (Playwright cannot download browsers on our machines).
const chromium = '/usr/bin/chromium';
const launchOptions = fs.existsSync(chromium)
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

const secret = () => randomBytes(32).toString('base64url');
const serverEnv = {
  ...(process.env as Record<string, string>),
  SITE_URL: SITE,
  ADMIN_URL: ADMIN,
  AUTH_SECRET: process.env.AUTH_SECRET ?? secret(),
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? secret(),
  PREVIEW_SECRET: process.env.PREVIEW_SECRET ?? secret(),
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: { trace: 'retain-on-failure', locale: 'ru-RU', timezoneId: 'Asia/Almaty' },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: [
    {
      // The site's own server (Next behind its HTTP cache policy and publish watcher).
      command: 'pnpm --filter @vestnik/web start',
      url: `${SITE}/api/health`,
      env: { ...serverEnv, WEB_PORT: String(webPort) },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      // The admin's own server (client address from the socket, security headers on every
      // response): a bare `next start` would trust X-Forwarded-For.
      command: 'pnpm --filter @vestnik/admin start',
      url: `${ADMIN}/login`,
      env: { ...serverEnv, ADMIN_PORT: String(adminPort) },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
