import { type NextRequest, NextResponse } from 'next/server';
import { env } from './env';
import { refreshSessionToken, SESSION_COOKIES } from './lib/session-cookie';

/**
 * Convenience only: visitors without a valid session token go to the login page, and page views
 * renew the token (the sliding idle timeout, lib/session-cookie.ts). It is not the security
 * boundary: every page, action and handler checks the session itself (lib/session.ts), so
 * bypassing this file (e.g. the 2025 x-middleware-subrequest trick) gains nothing.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const open = pathname === '/login' || pathname.startsWith('/api/auth');
  const name = SESSION_COOKIES.find((n) => request.cookies.has(n));
  const toLogin = () => NextResponse.redirect(new URL('/login', request.nextUrl));
  if (!name) return open ? NextResponse.next() : toLogin();
  // Auth.js's own routes and the login page manage the cookie themselves; so do actions (POST),
  // where a renewed cookie could race with logout's deletion.
  if (open || request.method !== 'GET') return NextResponse.next();
  const result = await refreshSessionToken(
    name,
    request.cookies.get(name)!.value,
    env().AUTH_SECRET,
  );
  if (result.kind === 'invalid') {
    const response = toLogin();
    response.cookies.delete(name);
    return response;
  }
  const response = NextResponse.next();
  if (result.kind === 'refreshed') {
    response.cookies.set(name, result.value, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: name.startsWith('__Secure-'),
      maxAge: result.maxAge,
    });
  }
  return response;
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
