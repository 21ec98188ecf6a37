import { type NextRequest, NextResponse } from 'next/server';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Convenience only: visitors without a session cookie go to the login page. It does not verify
 * the cookie: every page, action and handler checks the session itself (lib/session.ts), so
 * bypassing this file (e.g. the 2025 x-middleware-subrequest trick) gains nothing.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const open = pathname === '/login' || pathname.startsWith('/api/auth');
  const hasCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!open && !hasCookie) return NextResponse.redirect(new URL('/login', request.nextUrl));
  return NextResponse.next();
}

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
