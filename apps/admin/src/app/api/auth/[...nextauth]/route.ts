import type { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { currentUser } from '@/lib/session';

/**
 * Auth.js's endpoints, with one addition: `GET /api/auth/session` answers only for a session
 * that is still valid in the database. Auth.js alone only decrypts the cookie, so a cookie revoked
 * by logout, a password or role change or disabling would still read the user's name and email
 * there until it expired.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith('/session') && !(await currentUser())) {
    return Response.json(null, { headers: { 'cache-control': 'private, no-store' } });
  }
  return handlers.GET(request);
}

export const { POST } = handlers;
