import { createUser } from '@vestnik/db/factories';
import * as s from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({
  auth: async () => sessionState.current,
  signIn: vi.fn(),
  signOut: vi.fn(),
}));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const t = adminTestDatabase();

type Handler = (request: Request, context: { params: Promise<object> }) => Promise<Response>;
type Routes = {
  attempts: Handler;
  forget: Handler;
  create: Handler;
  find: Handler;
  read: Handler;
  update: Handler;
  rows: Handler;
  expire: Handler;
};

/** The route modules, loaded afresh so they read the environment as stubbed now. */
async function loadRoutes(): Promise<Routes> {
  vi.resetModules();
  const kind = await import('@/app/api/test-data/[kind]/route');
  const one = await import('@/app/api/test-data/[kind]/[id]/route');
  const rows = await import('@/app/api/test-data/rows/route');
  const expire = await import('@/app/api/test-data/expire/route');
  const attempts = await import('@/app/api/test-data/login-attempts/route');
  return {
    attempts: attempts.GET as Handler,
    forget: attempts.DELETE as Handler,
    create: kind.POST as Handler,
    find: kind.GET as Handler,
    read: one.GET as Handler,
    update: one.PATCH as Handler,
    rows: rows.POST as Handler,
    expire: expire.POST as Handler,
  };
}

async function call(
  handler: Handler,
  params: object,
  body?: unknown,
  headers: Record<string, string> = {},
  url = 'http://admin.test/api/test-data',
) {
  const request = new Request(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  return { status: response.status, body: await response.json() };
}

const articleCount = async () => (await t.current.db.select().from(s.articles)).length;

describe('the test-data API', () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    admin = await createUser(t.current.db, { role: 'admin' });
  });

  it('[ADMIN][TEST-DATA] is off unless TEST_DATA_API=on: an admin gets 404 and nothing is written', async () => {
    vi.stubEnv('TEST_DATA_API', undefined);
    const routes = await loadRoutes();
    signInAs(admin);
    const before = await articleCount();
    const answer = await call(
      routes.create,
      { kind: 'articles' },
      { title: 'Не должна появиться' },
    );
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'not_found' });
    expect(answer.body.error).toMatch(/TEST_DATA_API=on/);
    expect(await articleCount()).toBe(before);
  });

  describe('with TEST_DATA_API=on on a test deployment', () => {
    let routes: Routes;
    beforeAll(async () => {
      vi.stubEnv('TEST_DATA_API', 'on');
      vi.stubEnv('VESTNIK_ENV', 'test');
      routes = await loadRoutes();
    });

    it('[ADMIN][TEST-DATA] makes an article with its authors and dates, answers the row, and audits it', async () => {
      signInAs(admin);
      const author = await createUser(t.current.db, { role: 'author' });
      const publishAt = '2026-05-04T06:30:00.000Z';
      const answer = await call(
        routes.create,
        { kind: 'articles' },
        {
          title: 'Сделано через API',
          publishAt,
          paragraphs: ['Первый абзац.'],
          authorIds: [author.id],
        },
      );
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({
        title: 'Сделано через API',
        status: 'published',
        publishAt,
        authorIds: [author.id],
      });
      const id = answer.body.id as number;
      const [row] = await t.current.db.select().from(s.articles).where(eq(s.articles.id, id));
      expect(row?.publishAt?.toISOString()).toBe(publishAt);
      expect(row?.bodyText).toContain('Первый абзац.');
      const links = await t.current.db
        .select()
        .from(s.articleAuthors)
        .where(eq(s.articleAuthors.articleId, id));
      expect(links.map((l) => l.userId)).toEqual([author.id]);
      const audit = await t.current.db
        .select()
        .from(s.auditLog)
        .where(eq(s.auditLog.entityId, String(id)));
      expect(audit).toContainEqual(
        expect.objectContaining({ userId: admin.id, action: 'testData.create' }),
      );
    });

    it('[ADMIN][TEST-DATA] makes a user with a password to log in with, never the hash', async () => {
      signInAs(admin);
      const answer = await call(routes.create, { kind: 'users' }, { role: 'editor' });
      expect(answer.status).toBe(201);
      expect(answer.body.role).toBe('editor');
      expect(answer.body.password).toMatch(/^test-password-/);
      expect(answer.body).not.toHaveProperty('passwordHash');
    });

    it('[ADMIN][TEST-DATA] reads and changes an article, and adds rows to its link tables', async () => {
      signInAs(admin);
      const made = await call(routes.create, { kind: 'articles' }, {});
      const id = made.body.id as number;
      const changed = await call(
        routes.update,
        { kind: 'articles', id: String(id) },
        {
          status: 'draft',
          publishAt: null,
        },
      );
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ id, status: 'draft', publishAt: null });
      const read = await call(routes.read, { kind: 'articles', id: String(id) });
      expect(read.body).toMatchObject({ id, status: 'draft' });
      // By its address, as a test finds a row it did not make; an unknown or missing one is refused.
      const lookup = (slug?: string) =>
        call(
          routes.find,
          { kind: 'articles' },
          undefined,
          {},
          `http://admin.test/api/test-data/articles${slug === undefined ? '' : `?slug=${encodeURIComponent(slug)}`}`,
        );
      const found = await lookup(made.body.slug as string);
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({
        id,
        slug: made.body.slug,
        authorIds: made.body.authorIds,
      });
      expect(await lookup('net-takoy-stati')).toEqual({
        status: 404,
        body: {
          code: 'not_found',
          error: 'Строка articles с адресом «net-takoy-stati» не найдена.',
        },
      });
      expect((await lookup()).status).toBe(400);
      const views = await call(
        routes.rows,
        {},
        { table: 'article_views_daily', rows: [{ articleId: id, day: '2026-11-30', views: 7 }] },
      );
      expect(views.status).toBe(201);
      expect(views.body).toEqual([{ articleId: id, day: '2026-11-30', views: 7 }]);
    });

    it('[ADMIN][TEST-DATA] refuses, with a Russian sentence and no row written: unknown kinds, tables and columns, bad dates, broken links', async () => {
      signInAs(admin);
      const before = await articleCount();
      const refusals = [
        [routes.create, { kind: 'audit_log' }, {}, 404, 'unknown_kind'],
        [routes.create, { kind: 'articles' }, { titel: 'опечатка' }, 400, 'unknown_column'],
        [routes.create, { kind: 'articles' }, { publishAt: 'вчера' }, 400, 'bad_date'],
        [routes.create, { kind: 'articles' }, '[1, 2]', 400, 'bad_json'],
        [routes.create, { kind: 'articles' }, { rubricId: 999_999 }, 409, 'rejected_by_database'],
        [routes.rows, {}, { table: 'users', rows: [{ name: 'x' }] }, 400, 'unknown_table'],
        [routes.rows, {}, { table: 'corrections', rows: [] }, 400, 'no_rows'],
        [routes.expire, {}, { tags: ['home', 'drop table'] }, 400, 'bad_tags'],
      ] as const;
      for (const [handler, params, body, status, code] of refusals) {
        const answer = await call(handler, params, body);
        expect({ status: answer.status, code: answer.body.code }, JSON.stringify(body)).toEqual({
          status,
          code,
        });
        expect(answer.body.error).toMatch(/[а-яё]/i);
      }
      expect(await articleCount()).toBe(before);
    });

    it('[ADMIN][TEST-DATA] shows the login attempts of an address and forgets them, and only them', async () => {
      signInAs(admin);
      const attempt = (email: string, ip: string) => ({ email, ip, success: false });
      await t.current.db
        .insert(s.loginAttempts)
        .values([
          attempt('guessed@test.vestnik.local', '127.0.0.1'),
          attempt('guessed@test.vestnik.local', '10.0.0.7'),
          attempt('other@test.vestnik.local', '127.0.0.1'),
        ]);
      const url = 'http://admin.test/api/test-data/login-attempts?email=Guessed@test.vestnik.local';
      const seen = await call(routes.attempts, {}, undefined, {}, url);
      expect(seen.status).toBe(200);
      expect(seen.body.map((a: { ip: string }) => a.ip)).toEqual(['127.0.0.1', '10.0.0.7']);
      const forgotten = await call(routes.forget, {}, { emails: ['GUESSED@test.vestnik.local'] });
      expect(forgotten).toEqual({ status: 200, body: { deleted: 2 } });
      const left = await t.current.db.select().from(s.loginAttempts);
      expect(left.map((a) => a.email)).toEqual(['other@test.vestnik.local']);
    });

    it('[ADMIN][TEST-DATA] refuses a write sent from a foreign page with the admin cookie', async () => {
      signInAs(admin);
      const before = await articleCount();
      const answer = await call(
        routes.create,
        { kind: 'articles' },
        { title: 'Подделка' },
        { 'sec-fetch-site': 'cross-site' },
      );
      expect(answer).toMatchObject({ status: 403, body: { code: 'cross_site' } });
      expect(await articleCount()).toBe(before);
    });

    it('[ADMIN][TEST-DATA] is for admins only: an editor is refused by the permission table', async () => {
      signInAs(await createUser(t.current.db, { role: 'editor' }));
      const answer = await call(routes.create, { kind: 'articles' }, {});
      expect(answer).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    });
  });
});
