import fs from 'node:fs';
import path from 'node:path';
import { createUser } from '@vestnik/db/factories';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({
  auth: async () => sessionState.current,
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const t = adminTestDatabase();
const APP = path.resolve(import.meta.dirname, '../src/app');

/** Where a thrown Next.js redirect points, or undefined if the call did not redirect. */
async function redirectOf(call: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await call();
    return undefined;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2];
  }
}

function findPages(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('page.tsx') && !f.startsWith('login'))
    .map((f) => path.join(dir, f));
}

type Page = (props: { params: Promise<object>; searchParams: Promise<object> }) => Promise<unknown>;
const props = () => ({ params: Promise.resolve({ id: '1' }), searchParams: Promise.resolve({}) });

describe('direct access without the proxy', () => {
  let author: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    author = await createUser(t.current.db, { role: 'author' });
  });

  // A request that skips proxy.ts (x-middleware-subrequest, a misconfigured matcher, a direct
  // call) reaches the page or handler itself: they must refuse on their own.
  it('[ADMIN][AUTHZ] every admin page sends a caller without a session to the login page', async () => {
    const pages = findPages(APP);
    expect(pages.length).toBeGreaterThan(6);
    signInAs(null);
    for (const file of pages) {
      const page = (await import(file)).default as Page;
      expect(await redirectOf(() => page(props())), path.relative(APP, file)).toBe('/login');
    }
  });

  it('[ADMIN][AUTHZ] an author opening /users, /audit, /tags or /sources by URL is refused on the server', async () => {
    signInAs(author);
    for (const section of ['users', 'audit', 'tags', 'sources', 'rubrics']) {
      const page = (await import(path.join(APP, `(newsroom)/${section}/page.tsx`))).default as Page;
      expect(await redirectOf(() => page(props())), section).toBe('/?denied=1');
    }
  });

  it('[ADMIN][AUTHZ] every route handler (found by walking src/app) refuses a caller without a session', async () => {
    const handlers = fs
      .readdirSync(APP, { recursive: true, encoding: 'utf8' })
      // Auth.js's own endpoints are the login itself.
      .filter((f) => f.endsWith('route.ts') && !f.startsWith(path.join('api', 'auth')));
    expect(handlers.length).toBeGreaterThanOrEqual(2);
    signInAs(null);
    for (const file of handlers) {
      const module = (await import(path.join(APP, file))) as Record<string, unknown>;
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const handler = module[method] as
          | ((request: Request, context: { params: Promise<object> }) => Promise<Response>)
          | undefined;
        if (!handler) continue;
        const request = new Request('http://admin.test/x?q=a', {
          method,
          ...(method === 'GET'
            ? {}
            : { body: '{}', headers: { 'content-type': 'application/json' } }),
        });
        let status: number;
        try {
          status = (
            await handler(request, { params: Promise.resolve({ id: '1', key: ['ab', 'c.jpg'] }) })
          ).status;
        } catch (error) {
          // A redirect to the login page is a refusal too.
          status = String((error as { digest?: string }).digest).includes('/login') ? 307 : 500;
        }
        expect([401, 403, 307], `${method} ${file}`).toContain(status);
      }
    }
  });

  it('[ADMIN][AUTHZ] the media route handlers refuse callers without a session', async () => {
    const upload = await import('@/app/api/media/route');
    const file = await import('@/app/api/media/file/[...key]/route');
    signInAs(null);
    const form = new FormData();
    form.set('alt', 'x');
    form.set('file', new File([new Uint8Array([0xff, 0xd8, 0xff])], 'a.jpg'));
    const refused = await upload.POST(
      new Request('http://admin.test/api/media', { method: 'POST', body: form }),
    );
    expect(refused.status).toBe(401);
    const thumb = await file.GET(new Request('http://admin.test/'), {
      params: Promise.resolve({ key: ['ab', '0123456789abcd.jpg'] }),
    });
    expect(thumb.status).toBe(401);
    signInAs(author);
    const invalid = await upload.POST(
      new Request('http://admin.test/api/media', { method: 'POST', body: form }),
    );
    expect(invalid.status).toBe(422);
  });
});
