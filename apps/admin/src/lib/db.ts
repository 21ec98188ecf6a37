import { type DatabaseOptions, sharedDatabase } from '@vestnik/db/client';
import { databaseUrl } from '@/env';

/**
 * The admin's pool (pages, actions, the login-attempt prune): an editor's request fails within
 * seconds instead of hanging when the database is away (server/main.ts then shows the «база
 * данных недоступна» page). Longer than the site's: a tag merge or a big list may take a while.
 */
export const ADMIN_POOL: DatabaseOptions = {
  applicationName: 'vestnik-admin',
  statementTimeoutMs: 15_000,
  connectTimeoutSeconds: 3,
};

export function db() {
  return sharedDatabase(databaseUrl(), ADMIN_POOL);
}
