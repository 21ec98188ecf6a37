import { type Browser, type BrowserContext, expect, request } from '@playwright/test';
import { createUser } from '@vestnik/db/factories';
import type { UserRole } from '@vestnik/db/schema';
import { testDb } from './db';
import { ADMIN } from './urls';

export type LoggedIn = { context: BrowserContext; user: Awaited<ReturnType<typeof createUser>> };

/**
 * Logs a fresh user of the given role in through Auth.js's HTTP API (CSRF token, then the
 * credentials callback) and returns a browser context carrying that session (storageState).
 */
export async function loginAs(
  browser: Browser,
  role: UserRole,
  overrides: Parameters<typeof createUser>[1] = {},
  admin = ADMIN,
): Promise<LoggedIn> {
  const user = await createUser(testDb(), { role, ...overrides });
  const api = await request.newContext({ baseURL: admin });
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await api.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: `${admin}/` },
    maxRedirects: 0,
  });
  expect(response.status(), 'login through the API').toBe(302);
  expect(response.headers().location ?? '').not.toContain('error');
  const storageState = await api.storageState();
  await api.dispose();
  const context = await browser.newContext({ storageState });
  return { context, user };
}
