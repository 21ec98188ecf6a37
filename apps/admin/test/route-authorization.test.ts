import fs from 'node:fs';
import path from 'node:path';
import { createUser } from '@vestnik/db/factories';
import type { UserRole } from '@vestnik/db/schema';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { FORBIDDEN, MUST_CHANGE_PASSWORD, NOT_SIGNED_IN } from '@/lib/action';
import { can, type Permission, permissions } from '@/lib/permissions';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({
  auth: async () => sessionState.current,
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const t = adminTestDatabase();
const APP = path.resolve(import.meta.dirname, '../src/app');
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const ROLES: UserRole[] = ['admin', 'editor', 'author'];

type Handler = ((request: Request, context: { params: Promise<object> }) => Promise<Response>) & {
  permission?: Permission;
};

/** Every exported method of every route.ts under src/app, found by walking it. */
async function discoverRoutes() {
  const files = fs
    .readdirSync(APP, { recursive: true, encoding: 'utf8' })
    // Auth.js's own endpoints are the login itself.
    .filter((f) => f.endsWith('route.ts') && !f.startsWith(path.join('api', 'auth')));
  const routes: { name: string; handler: Handler }[] = [];
  for (const file of files) {
    const module = (await import(path.join(APP, file))) as Record<string, unknown>;
    for (const method of METHODS) {
      if (typeof module[method] === 'function') {
        routes.push({ name: `${method} ${file}`, handler: module[method] as Handler });
      }
    }
  }
  return routes;
}

/** The handler's answer to a plain request (a JSON body for methods that carry one). */
async function call(name: string, handler: Handler) {
  const method = name.split(' ')[0]!;
  const request = new Request('http://admin.test/x?q=ab', {
    method,
    ...(['GET', 'HEAD'].includes(method)
      ? {}
      : { body: '{}', headers: { 'content-type': 'application/json' } }),
  });
  const response = await handler(request, {
    params: Promise.resolve({ id: '1', key: ['ab', '0123456789abcd.jpg'] }),
  });
  const body = response.headers.get('content-type')?.includes('json')
    ? await response.json()
    : undefined;
  return { status: response.status, body };
}

describe('route handler authorization', () => {
  let routes: Awaited<ReturnType<typeof discoverRoutes>> = [];
  beforeAll(async () => {
    routes = await discoverRoutes();
  });

  it('[ADMIN][AUTHZ] every route handler (found by walking src/app) is built with defineRoute and names a permission from the table', () => {
    expect(routes.length).toBeGreaterThanOrEqual(5);
    for (const { name, handler } of routes) {
      expect(permissions, `${name} must be built with defineRoute`).toContain(handler.permission);
    }
  });

  it('[ADMIN][AUTHZ] each route handler refuses anonymous callers, revoked sessions and the roles the table refuses, with a JSON code', async () => {
    const users = {} as Record<UserRole, Awaited<ReturnType<typeof createUser>>>;
    for (const role of ROLES) users[role] = await createUser(t.current.db, { role });
    for (const { name, handler } of routes) {
      signInAs(null);
      expect(await call(name, handler), `${name} without a session`).toEqual({
        status: 401,
        body: { code: 'not_signed_in', error: NOT_SIGNED_IN },
      });
      signInAs({ id: users.editor.id, sessionVersion: users.editor.sessionVersion + 1 });
      expect((await call(name, handler)).status, `${name} with a revoked session`).toBe(401);
      for (const role of ROLES) {
        signInAs(users[role]);
        const answer = await call(name, handler);
        if (can(role, handler.permission!)) {
          expect([401, 403], `${name} as ${role}`).not.toContain(answer.status);
        } else {
          expect(answer, `${name} as ${role}`).toEqual({
            status: 403,
            body: { code: 'forbidden', error: FORBIDDEN },
          });
        }
      }
    }
  });

  it('[ADMIN][AUTHZ] a user with a one-time password is refused by every route handler until it is changed', async () => {
    const fresh = await createUser(t.current.db, { role: 'admin', mustChangePassword: true });
    signInAs(fresh);
    for (const { name, handler } of routes) {
      expect(await call(name, handler), name).toEqual({
        status: 403,
        body: { code: 'must_change_password', error: MUST_CHANGE_PASSWORD },
      });
    }
  });
});
