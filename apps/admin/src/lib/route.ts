import type { SessionUser } from '@vestnik/db/queries/users';
import { env } from '@/env';
import { FORBIDDEN, MUST_CHANGE_PASSWORD, NOT_SIGNED_IN } from './action';
import { can, type Permission } from './permissions';
import { currentUser } from './session';

/** Why a route handler refused before running: programs branch on `code`, people read `error`. */
export type RouteRefusalCode = 'not_signed_in' | 'forbidden' | 'must_change_password';

export type RouteContext<P> = { request: Request; user: SessionUser; params: P };

/** A JSON answer no shared cache may keep: every admin answer is for one signed-in person. */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return Response.json(body, {
    status,
    headers: { 'cache-control': 'private, no-store', ...headers },
  });
}

function refuse(status: number, code: RouteRefusalCode, error: string): Response {
  return jsonResponse(status, { code, error });
}

/**
 * The one shape of every admin route handler, as defineAction is for server actions: the session
 * (re-read from the database, so a revoked one is refused at once), the permission from the same
 * table, and a one-time password that must be changed first, all checked before `run` sees the
 * request; a refusal is JSON with a code and a Russian sentence. The proxy only redirects: a
 * request that skips it still meets these checks here.
 */
export function defineRoute<
  P extends Record<string, string | string[]> = Record<string, never>,
>(options: { permission: Permission; run: (ctx: RouteContext<P>) => Promise<Response> }) {
  const handler = async (request: Request, context?: { params: Promise<P> }): Promise<Response> => {
    const user = await currentUser();
    if (!user) return refuse(401, 'not_signed_in', NOT_SIGNED_IN);
    if (!can(user.role, options.permission)) return refuse(403, 'forbidden', FORBIDDEN);
    // A one-time password opens only the page that replaces it, here as in every action.
    if (user.mustChangePassword && options.permission !== 'account.changePassword') {
      return refuse(403, 'must_change_password', MUST_CHANGE_PASSWORD);
    }
    const params = (await context?.params) ?? ({} as P);
    return options.run({ request, user, params });
  };
  // The permission travels with the handler so a test can walk every route.ts and check it.
  return Object.assign(handler, { permission: options.permission });
}

/**
 * Whether a request comes from the admin's own pages: a foreign page can make a browser POST here
 * (a form, a beacon) with the editor's cookies, so handlers that change something refuse it.
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site) return site === 'same-origin';
  const origin = request.headers.get('origin');
  return !origin || origin === new URL(env().ADMIN_URL).origin;
}
