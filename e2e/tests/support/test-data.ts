/**
 * The suite's only way to make data: the admin's test-data API (/api/test-data/…, open with
 * TEST_DATA_API=on; apps/admin/src/lib/test-data.ts), called as the admin from the logins file.
 * The same HTTP calls work on the suite's own servers and on a deployment it has no database
 * access to (E2E_SITE_URL / E2E_ADMIN_URL), so a test never knows which one it runs against.
 */
import fs from 'node:fs';
import { type APIRequestContext, request } from '@playwright/test';
import type { CacheTag } from '@vestnik/cache/tags';
import type { ArticleFactoryParams, UserFactoryParams } from '@vestnik/db/factories';
import type * as schema from '@vestnik/db/schema';
import { ADMIN } from './urls';

type UserRole = schema.UserRole;
export type Login = { role: UserRole; email: string; password: string };

export type ArticleRow = typeof schema.articles.$inferSelect & { authorIds: number[] };
export type RubricRow = typeof schema.rubrics.$inferSelect;
export type SourceRow = typeof schema.sources.$inferSelect;
/** A user as made: the row without its hash, and the password to log in with. */
export type UserRow = Omit<typeof schema.users.$inferSelect, 'passwordHash'> & { password: string };

type Insert<T extends { $inferInsert: object }> = Partial<T['$inferInsert']>;
/** The link tables a test may add rows to, and the shape of a row of each. */
export type LinkRows = {
  tags: Insert<typeof schema.tags>;
  article_tags: Insert<typeof schema.articleTags>;
  article_sources: Insert<typeof schema.articleSources>;
  article_related: Insert<typeof schema.articleRelated>;
  article_slugs: Insert<typeof schema.articleSlugs>;
  article_views_daily: Insert<typeof schema.articleViewsDaily>;
  corrections: Insert<typeof schema.corrections>;
};

/** The logins (format of .data/demo-logins.json) the suite signs in with: E2E_LOGINS_FILE. */
export function logins(): Login[] {
  const file = process.env.E2E_LOGINS_FILE;
  if (!file) throw new Error('E2E_LOGINS_FILE is not set: run the suite with `pnpm e2e`.');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Login[];
}

export function loginFor(role: UserRole): Login {
  const found = logins().find((login) => login.role === role);
  if (!found) throw new Error(`E2E_LOGINS_FILE has no ${role} login`);
  return found;
}

/**
 * Signs `api` in through Auth.js's HTTP API (its CSRF token, then the credentials callback): the
 * session cookie stays in the context. Returns Auth.js's redirect for the caller to check.
 */
export async function signIn(api: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await api.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, callbackUrl: `${ADMIN}/` },
    maxRedirects: 0,
  });
  const location = response.headers().location ?? '';
  if (response.status() !== 302 || location.includes('error')) {
    throw new Error(`login of ${email} refused: ${response.status()} ${location}`);
  }
  return response;
}

// Dates travel as JSON's ISO strings; tests compare them as Dates, as the rows' types say.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const revive = (_key: string, value: unknown) =>
  typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value;

let adminApi: Promise<APIRequestContext> | undefined;

async function openAdminApi(): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: ADMIN });
  const admin = loginFor('admin');
  await signIn(api, admin.email, admin.password);
  return api;
}

/**
 * A kept-alive connection the admin closed as this request went out on it (its server drops idle
 * connections after 65 s, and a worker can sit idle that long in a long test; with Node's 5 s a
 * repeat run met it once in about 3,000 tests): the request was never read, so sending it again
 * is safe.
 */
const CLOSED_UNDER_US = /ECONNRESET|socket hang up/;

/** One call as the admin; a session that timed out (30 min idle) is signed in again once. */
async function call<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    adminApi ??= openAdminApi();
    const api = await adminApi;
    const response = await api
      .fetch(`/api/test-data/${path}`, { method, ...(body === undefined ? {} : { data: body }) })
      .catch((error: Error) => {
        if (attempt === 0 && CLOSED_UNDER_US.test(error.message)) return undefined;
        throw error;
      });
    if (!response) continue;
    if (response.status() === 401 && attempt === 0) {
      adminApi = undefined;
      continue;
    }
    const text = await response.text();
    if (!response.ok()) {
      throw new Error(`test-data API: ${method} ${path} answered ${response.status()}: ${text}`);
    }
    return JSON.parse(text, revive) as T;
  }
}

export const testData = {
  /** A published Russian article (an hour ago) unless told otherwise; its pages expired. */
  createArticle: (params: ArticleFactoryParams = {}) =>
    call<ArticleRow>('POST', 'articles', params),
  createRubric: (params: Insert<typeof schema.rubrics> = {}) =>
    call<RubricRow>('POST', 'rubrics', params),
  createSource: (params: Insert<typeof schema.sources> = {}) =>
    call<SourceRow>('POST', 'sources', params),
  createUser: (params: UserFactoryParams = {}) => call<UserRow>('POST', 'users', params),

  /** An article as it is in the database now (with its authorIds): what the admin saved. */
  article: (id: number) => call<ArticleRow>('GET', `articles/${id}`),
  rubric: (id: number) => call<RubricRow>('GET', `rubrics/${id}`),
  /** An article by its address: how a test finds one it did not make (the demo's). */
  articleBySlug: (slug: string) =>
    call<ArticleRow>('GET', `articles?slug=${encodeURIComponent(slug)}`),

  /** Sets columns as given (no workflow) and expires the pages of the old and new state. */
  updateArticle: (id: number, columns: Insert<typeof schema.articles>) =>
    call<ArticleRow>('PATCH', `articles/${id}`, columns),
  /**
   * Takes the lead story's and the breaking banner's flags off these two articles. The lead and
   * the banner are one for the whole site (its newest flagged stories): a test that flags its own
   * gives them back when it ends, pass or fail, or they would take the next such test's place.
   */
  unflagFrontPage: async (lead: { id: number }, breaking: { id: number }) => {
    await call<ArticleRow>('PATCH', `articles/${lead.id}`, { featured: false });
    await call<ArticleRow>('PATCH', `articles/${breaking.id}`, { breaking: false });
  },
  updateRubric: (id: number, columns: Insert<typeof schema.rubrics>) =>
    call<RubricRow>('PATCH', `rubrics/${id}`, columns),

  /** Adds rows to a link table (tags, an article's sources, related, old slugs, views…). */
  insertRows: <T extends keyof LinkRows>(table: T, rows: LinkRows[T][]) =>
    call<(Required<LinkRows[T]> & { id?: number })[]>('POST', 'rows', { table, rows }),

  /** The login attempts the admin recorded for an address: client address, success, time. */
  loginAttempts: (email: string) =>
    call<{ email: string; ip: string; success: boolean; kind: string; createdAt: Date }[]>(
      'GET',
      `login-attempts?email=${encodeURIComponent(email)}`,
    ),
  /**
   * Forgets the login attempts of these addresses: a test that fails logins on purpose calls it
   * after itself, or its failures keep counting against the client address every test shares.
   */
  forgetLoginAttempts: (emails: readonly string[]) =>
    call<{ deleted: number }>('DELETE', 'login-attempts', { emails }),

  /** Expires cache tags on the site and its HTTP caches, as the admin does after a publish. */
  expire: (tags: readonly CacheTag[]) => call<{ expired: string[] }>('POST', 'expire', { tags }),
};
