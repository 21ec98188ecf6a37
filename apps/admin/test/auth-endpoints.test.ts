import { createUser } from '@vestnik/db/factories';
import { bumpSessionVersion } from '@vestnik/db/queries/users';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { adminTestDatabase, requestState } from './harness';

// Auth.js runs for real (its endpoints and our route wrapper); only next/headers is replaced.
vi.mock('next/headers', async () => (await import('./harness')).nextHeadersMock());

const t = adminTestDatabase();
// This file's admin is served over https, as in production.
const ADMIN = 'https://admin.test';

type Jar = Map<string, string>;

function keep(jar: Jar, response: Response): string[] {
  const lines = response.headers.getSetCookie();
  for (const line of lines) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    if (/max-age=0/i.test(line)) jar.delete(pair.slice(0, at));
    else jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return lines;
}

const header = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function route() {
  return import('@/app/api/auth/[...nextauth]/route');
}

/** Logs in through Auth.js's credentials endpoint; returns the Set-Cookie lines of the answer. */
async function login(jar: Jar, email: string, password: string) {
  const { GET, POST } = await route();
  requestState.cookies = new Map(jar);
  const csrf = await GET(new NextRequest(`${ADMIN}/api/auth/csrf`));
  keep(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  requestState.cookies = new Map(jar);
  const response = await POST(
    new NextRequest(`${ADMIN}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': '203.0.113.5',
        cookie: header(jar),
      },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: ADMIN }),
    }),
  );
  return keep(jar, response);
}

async function readSession(jar: Jar) {
  const { GET } = await route();
  requestState.cookies = new Map(jar);
  const response = await GET(
    new NextRequest(`${ADMIN}/api/auth/session`, { headers: { cookie: header(jar) } }),
  );
  return { status: response.status, body: await response.text() };
}

describe('Auth.js endpoints', () => {
  beforeAll(() => {
    vi.stubEnv('ADMIN_URL', ADMIN);
    requestState.headers = new Headers({ 'x-forwarded-for': '203.0.113.5' });
  });

  it('[ADMIN][SESSION] over https the session cookie is __Host- prefixed, Secure, HttpOnly and for the whole host only', async () => {
    const user = await createUser(t.current.db, { role: 'editor' });
    const jar: Jar = new Map();
    const lines = await login(jar, user.email, user.password);
    const session = lines.find((line) => line.includes('session-token='));
    expect(session).toMatch(/^__Host-authjs\.session-token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*Path=\/(;|$)/i);
    expect(session).not.toMatch(/Domain=/i);
  });

  it('[ADMIN][SESSION] a session cookie revoked by logout reads nothing from /api/auth/session', async () => {
    const user = await createUser(t.current.db, { role: 'author', name: 'Проверка Сессии' });
    const jar: Jar = new Map();
    await login(jar, user.email, user.password);
    const live = await readSession(jar);
    expect(live.body).toContain('Проверка Сессии');
    // Logout, password change, role change and disabling all bump the session version.
    await bumpSessionVersion(t.current.db, { id: user.id });
    const revoked = await readSession(jar);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toBe('null');
    expect(revoked.body).not.toContain(user.email);
  });
});
