import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cloneTestDatabase } from '@vestnik/db/testing';
import { afterAll, beforeAll, inject, vi } from 'vitest';

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
 * A fresh database for the file; env is set before any app module reads it. The app connects as
 * a member of vestnik_admin, as in production, so every action also proves the role's grants;
 * the tests' own factories and checks use `holder.current.db` (the owner).
 */
export function adminTestDatabase() {
  const holder = {} as { current: Awaited<ReturnType<typeof cloneTestDatabase>> };
  beforeAll(async () => {
    holder.current = await cloneTestDatabase(inject('serverUrl'), inject('templateDatabase'), {
      appLogins: true,
    });
    vi.stubEnv('ADMIN_DATABASE_URL', holder.current.adminUrl);
    // No owner URL: a query that needed more than the admin role would fail, not fall back.
    vi.stubEnv('DATABASE_URL', undefined);
    vi.stubEnv('AUTH_SECRET', randomBytes(32).toString('base64url'));
    vi.stubEnv('MEDIA_DIR', fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-admin-media-')));
    // No site to revalidate in tests: an unset secret makes requestRevalidation a no-op.
    delete process.env.REVALIDATE_SECRET;
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
