import { NextResponse } from 'next/server';
import { auth } from './auth';

/**
 * Convenience only: send visitors without a session cookie to the login page. Authorization is
 * enforced again in every page, action and handler (see lib/session.ts), so bypassing this file
 * (e.g. the 2025 x-middleware-subrequest trick) gains nothing.
 */
export default auth((request) => {
  const { pathname } = request.nextUrl;
  const open = pathname === '/login' || pathname.startsWith('/api/auth');
  if (!open && !request.auth) {
    const url = new URL('/login', request.nextUrl);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
});

export const config = { matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'] };
