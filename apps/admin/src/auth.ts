import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { env, servedOverHttps } from './env';
import { clientIp } from './lib/client-ip';
import { knownDevice, rememberDevice } from './lib/device-cookie';
import { attemptLogin } from './lib/login';
import { sessionCookieName } from './lib/session-cookie';
import { ABSOLUTE_TIMEOUT_S, IDLE_TIMEOUT_S } from './lib/session-timeouts';

export { ABSOLUTE_TIMEOUT_S, IDLE_TIMEOUT_S };

/** Carries the retry time to the login form; Auth.js passes `code` through to the caller. */
class LoginRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

// A NUL cannot be stored in PostgreSQL text: such input is simply a wrong login, not a crash.
const credentialsSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(320)
    .regex(/^[^\0]*$/),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  // The admin's server rewrites X-Forwarded-Host/-Proto unless a trusted proxy set them
  // (src/server/client-address.ts), so the host Auth.js sees is ours.
  trustHost: true,
  pages: { signIn: '/login' },
  // A wrong password is an answer, not an error: keep stack traces for real failures.
  logger: {
    error(error) {
      if ((error as { type?: string }).type !== 'CredentialsSignin') console.error(error);
    },
  },
  // Over https the session cookie is `__Host-`: Secure, whole-host, no Domain, so neither a
  // sibling subdomain nor a plain-http page can set or read it.
  useSecureCookies: servedOverHttps(),
  cookies: {
    sessionToken: {
      name: sessionCookieName(servedOverHttps()),
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: servedOverHttps() },
    },
  },
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
        const { email, password } = parsed.data;
        const result = await attemptLogin(email, password, {
          ip: clientIp(request.headers),
          device: await knownDevice(email),
        });
        if (result.ok) {
          await rememberDevice(email);
          return { ...result.user, id: String(result.user.id) };
        }
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
