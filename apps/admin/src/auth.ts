import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { env } from './env';
import { clientIp } from './lib/client-ip';
import { attemptLogin } from './lib/login';
import { ABSOLUTE_TIMEOUT_S, IDLE_TIMEOUT_S } from './lib/session-timeouts';

export { ABSOLUTE_TIMEOUT_S, IDLE_TIMEOUT_S };

/** Carries the retry time to the login form; Auth.js passes `code` through to the caller. */
class LoginRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  trustHost: true,
  pages: { signIn: '/login' },
  // The JWT lives 30 minutes and is re-issued on activity by the proxy (lib/session-cookie.ts):
  // that is the idle timeout. The absolute 8-hour limit is checked against the login time stored
  // in the token, here and again in lib/session.ts.
  session: { strategy: 'jwt', maxAge: IDLE_TIMEOUT_S, updateAge: 0 },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new LoginRefused('invalid');
        const result = await attemptLogin(
          parsed.data.email,
          parsed.data.password,
          clientIp(request.headers),
        );
        if (result.ok) return { ...result.user, id: String(result.user.id) };
        throw new LoginRefused(
          result.reason === 'locked' ? `locked:${result.retryAt.toISOString()}` : 'invalid',
        );
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        const u = user as { id: string; sessionVersion: number; role: string };
        token.uid = Number(u.id);
        token.sv = u.sessionVersion;
        token.loginAt = now;
      }
      if (typeof token.loginAt !== 'number' || now - token.loginAt > ABSOLUTE_TIMEOUT_S)
        return null;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        uid: token.uid as number,
        sv: token.sv as number,
        loginAt: token.loginAt as number,
      };
    },
  },
}));
