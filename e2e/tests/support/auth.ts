import { type Browser, type BrowserContext, request } from '@playwright/test';
import type { UserFactoryParams } from '@vestnik/db/factories';
import type { UserRole } from '@vestnik/db/schema';
import { signIn, testData, type UserRow } from './test-data';
import { ADMIN } from './urls';

export type LoggedIn = { context: BrowserContext; user: UserRow };

/**
 * Makes a fresh user of the given role (through the test-data API), logs them in through Auth.js's
 * HTTP API and returns a browser context carrying that session (storageState).
 */
export async function loginAs(
  browser: Browser,
  role: UserRole,
  overrides: UserFactoryParams = {},
  admin = ADMIN,
): Promise<LoggedIn> {
  const user = await testData.createUser({ role, ...overrides });
  const api = await request.newContext({ baseURL: admin });
  await signIn(api, user.email, user.password);
  const storageState = await api.storageState();
  await api.dispose();
  const context = await browser.newContext({ storageState });
  return { context, user };
}
