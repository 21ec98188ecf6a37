import fs from 'node:fs';
import path from 'node:path';
import { createUser } from '@vestnik/db/factories';
import { auditLog, type UserRole } from '@vestnik/db/schema';
import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FORBIDDEN, MUST_CHANGE_PASSWORD, NOT_SIGNED_IN } from '@/lib/action';
import { can, type Permission, permissions } from '@/lib/permissions';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({
  auth: async () => sessionState.current,
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.9' }),
}));

const t = adminTestDatabase();
const ROLES: UserRole[] = ['admin', 'editor', 'author'];
const ACTIONS_DIR = path.resolve(import.meta.dirname, '../src/actions');
// Logging in and out are the authentication itself, not actions behind a permission.
const PUBLIC_ACTION_FILES = new Set(['auth/login.ts', 'auth/logout.ts']);

type Action = ((raw: unknown) => Promise<{ ok: boolean; error?: string }>) & {
  permission?: Permission;
};

/** Every exported function of every 'use server' file under src/actions, found by walking it. */
async function discoverActions() {
  const files = fs
    .readdirSync(ACTIONS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !PUBLIC_ACTION_FILES.has(f.split(path.sep).join('/')))
    .filter((f) =>
      /^\s*['"]use server['"]/.test(fs.readFileSync(path.join(ACTIONS_DIR, f), 'utf8')),
    );
  const actions: { name: string; action: Action }[] = [];
  for (const file of files) {
    const module = (await import(path.join(ACTIONS_DIR, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function')
        actions.push({ name: `${file}#${name}`, action: value as Action });
    }
  }
  return actions;
}

const auditCount = async () => (await t.current.db.select({ n: count() }).from(auditLog))[0]!.n;

describe('authorization matrix', () => {
  let actions: Awaited<ReturnType<typeof discoverActions>> = [];
  const users = {} as Record<UserRole, Awaited<ReturnType<typeof createUser>>>;

  beforeAll(async () => {
    actions = await discoverActions();
    for (const role of ROLES) users[role] = await createUser(t.current.db, { role });
  });

  it('[ADMIN][AUTHZ] every server action is built with defineAction and names a permission from the table', () => {
    expect(actions.length).toBeGreaterThan(10);
    for (const { name, action } of actions) {
      expect(permissions, `${name} must be built with defineAction`).toContain(action.permission);
    }
  });

  it('[ADMIN][AUTHZ] each action refuses exactly the roles the permission table refuses, and anonymous callers', async () => {
    const before = await auditCount();
    let cells = 0;
    let refusals = 0;
    for (const { name, action } of actions) {
      signInAs(null);
      expect(await action({}), `${name} without a session`).toEqual({
        ok: false,
        code: 'unauthenticated',
        error: NOT_SIGNED_IN,
      });
      cells++;
      refusals++;
      for (const role of ROLES) {
        signInAs(users[role]);
        // An empty input: allowed roles get past authorization and stop at validation, so
        // nothing is written; refused roles never reach validation.
        const result = await action({});
        cells++;
        if (can(role, action.permission!)) {
          expect(
            result.ok === false && [NOT_SIGNED_IN, FORBIDDEN].includes(result.error!),
            `${name} as ${role}`,
          ).toBe(false);
        } else {
          refusals++;
          expect(result, `${name} as ${role}`).toEqual({
            ok: false,
            code: 'forbidden',
            error: FORBIDDEN,
          });
        }
      }
    }
    expect(await auditCount()).toBe(before);
    console.info(
      `authorization matrix: ${actions.length} actions × 4 callers = ${cells} cells, ${refusals} refusals`,
    );
  });

  it('[ADMIN][AUTHZ] a stale session version, a disabled account or an expired login refuse every action', async () => {
    const editor = await createUser(t.current.db, { role: 'editor' });
    const disabled = await createUser(t.current.db, { role: 'admin', disabled: true });
    for (const { name, action } of actions) {
      signInAs({ id: editor.id, sessionVersion: editor.sessionVersion + 1 });
      expect((await action({})).error, `${name} with a revoked session`).toBe(NOT_SIGNED_IN);
      signInAs(disabled);
      expect((await action({})).error, `${name} as a disabled user`).toBe(NOT_SIGNED_IN);
      signInAs(users.admin, Date.now() / 1000 - 9 * 3600);
      expect((await action({})).error, `${name} after 9 hours`).toBe(NOT_SIGNED_IN);
    }
  });

  it('[ADMIN][AUTHZ] a user with a one-time password may only change it', async () => {
    const fresh = await createUser(t.current.db, { role: 'admin', mustChangePassword: true });
    signInAs(fresh);
    for (const { name, action } of actions) {
      const result = await action({});
      if (action.permission === 'account.changePassword')
        expect(result.error, name).not.toBe(MUST_CHANGE_PASSWORD);
      else
        expect(result, name).toEqual({
          ok: false,
          code: 'must-change-password',
          error: MUST_CHANGE_PASSWORD,
        });
    }
  });
});
