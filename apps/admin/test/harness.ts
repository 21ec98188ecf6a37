import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testDatabase } from '@vestnik/db/testing/test-database';
import { beforeAll, vi } from 'vitest';
import { markClientAddressResolved } from '@/lib/client-ip';

// In production the admin's server resolves the client address and rewrites X-Forwarded-For
// (src/server/client-address.ts); tests set the already-resolved header themselves.
markClientAddressResolved();

type Session = { uid: number; sv: number; loginAt: number } | null;

/**
 * The one thing replaced in admin integration tests: who is signed in. `auth()` (the Auth.js
 * cookie lookup) and `next/headers` are mocked by the test files with `sessionState`; the
 * database, the permission table, the actions and lib/session.ts run for real.
 */
export const sessionState: { current: Session } = { current: null };

export function signInAs(
  user: { id: number; sessionVersion: number } | null,
  loginAt = Date.now() / 1000,
) {
  sessionState.current = user ? { uid: user.id, sv: user.sessionVersion, loginAt } : null;
}

/**
 * The request as `next/headers` shows it to the code under test, for files that mock it with
 * `vi.mock('next/headers', async () => (await import('./harness')).nextHeadersMock())`.
 */
export const requestState = {
  headers: new Headers(),
  cookies: new Map<string, string>(),
};

export function nextHeadersMock() {
  return {
    headers: async () => {
      const headers = new Headers(requestState.headers);
      const cookie = [...requestState.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (cookie) headers.set('cookie', cookie);
      return headers;
    },
    cookies: async () => ({
      get: (name: string) => {
        const value = requestState.cookies.get(name);
        return value === undefined ? undefined : { name, value };
      },
      has: (name: string) => requestState.cookies.has(name),
      getAll: () => [...requestState.cookies].map(([name, value]) => ({ name, value })),
      set: (name: string, value: string) => {
        requestState.cookies.set(name, value);
      },
      delete: (name: string) => {
        requestState.cookies.delete(name);
      },
    }),
  };
}

/**
 * A fresh database for the file; env is set before any app module reads it. The app connects as
 * a member of vestnik_admin, as in production, so every action also proves the role's grants;
 * the tests' own factories and checks use `holder.current.db` (the owner).
 */
export function adminTestDatabase() {
  const holder = testDatabase({ appLogins: true });
  beforeAll(() => {
    vi.stubEnv('ADMIN_DATABASE_URL', holder.current.adminUrl);
    // No owner URL: a query that needed more than the admin role would fail, not fall back.
    vi.stubEnv('DATABASE_URL', undefined);
    vi.stubEnv('AUTH_SECRET', randomBytes(32).toString('base64url'));
    vi.stubEnv('MEDIA_DIR', fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-admin-media-')));
    // No site to revalidate in tests: an unset secret makes requestRevalidation a no-op.
    delete process.env.REVALIDATE_SECRET;
  });
  return holder;
}
