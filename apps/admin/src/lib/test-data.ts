import { tags as cacheTags } from '@vestnik/cache/tags';
import {
  type ArticleFactoryParams,
  createArticle,
  createRubric,
  createSource,
  createUser,
} from '@vestnik/db/factories';
import { writeAudit } from '@vestnik/db/queries/audit';
import * as s from '@vestnik/db/schema';
import { asc, eq, getTableColumns, inArray, type Table } from 'drizzle-orm';
import { env } from '@/env';
import { articleCacheTags } from './articles/cache-tags';
import { db } from './db';
import { requestRevalidation } from './revalidate';
import { isSameOrigin, jsonResponse, type RouteContext } from './route';

/**
 * The test-data API (/api/test-data/…): the rows an end-to-end test needs, made through the
 * admin's HTTP interface so the Playwright suite can run against a deployment it has no database
 * access to (e2e/README.md). Open only with TEST_DATA_API=on, which src/env.ts refuses in
 * production, and only to admins (permission `testData.write`). Every write is in the audit log
 * and expires the site's caches as the admin's own actions do, so a made article is on the site
 * at once.
 */

/** Why a request was refused: programs branch on `code`, people read `error`. */
export class TestDataError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The rows a test makes whole (factories fill what it leaves out), by their address segment. */
const ENTITIES = {
  articles: s.articles,
  rubrics: s.rubrics,
  users: s.users,
  sources: s.sources,
} as const;
export type EntityKind = keyof typeof ENTITIES;

/** What a test may add to an article beyond its own row: links, history, counters. */
const LINK_TABLES = {
  tags: s.tags,
  article_tags: s.articleTags,
  article_sources: s.articleSources,
  article_related: s.articleRelated,
  article_slugs: s.articleSlugs,
  article_views_daily: s.articleViewsDaily,
  corrections: s.corrections,
} as const;
export type LinkTable = keyof typeof LINK_TABLES;

/** Fields the factories take that are not columns. */
const FACTORY_FIELDS: Record<EntityKind, readonly string[]> = {
  articles: ['paragraphs', 'authorIds'],
  users: ['password'],
  rubrics: [],
  sources: [],
};

/** Never sent back: a user's hash (the factory's plain password is, for the test to log in). */
const SECRET_COLUMNS = new Set(['passwordHash']);

/**
 * The `run` of a test-data route (defineRoute has checked the session and `testData.write`):
 * 404 while TEST_DATA_API is off, a write from a foreign page refused (an admin's browser could be
 * made to POST here), and a refusal of ours or of the database as JSON with a Russian sentence.
 */
export function testDataRun<P>(
  handle: (ctx: RouteContext<P>) => Promise<Response>,
): (ctx: RouteContext<P>) => Promise<Response> {
  return async (ctx) => {
    if (env().TEST_DATA_API !== 'on') {
      return jsonResponse(404, {
        code: 'not_found',
        error: 'API тестовых данных выключено: его открывает TEST_DATA_API=on (не в production).',
      });
    }
    if (ctx.request.method !== 'GET' && !isSameOrigin(ctx.request)) {
      return jsonResponse(403, { code: 'cross_site', error: 'Запрос с чужой страницы отклонён.' });
    }
    try {
      return await handle(ctx);
    } catch (error) {
      return failure(error);
    }
  };
}

/** The answer for a TestDataError or a database refusal (a unique name taken, a missing id). */
function failure(error: unknown): Response {
  if (error instanceof TestDataError) {
    return jsonResponse(error.status, { code: error.code, error: error.message });
  }
  const code = (error as { code?: string; cause?: { code?: string } }).cause?.code;
  const detail = (error as { cause?: { message?: string } }).cause?.message;
  // 23xxx: integrity (unique, foreign key, not null, check); 22xxx: a value of the wrong kind.
  if (code?.startsWith('23') || code?.startsWith('22')) {
    return jsonResponse(409, {
      code: 'rejected_by_database',
      error: `База данных отклонила строку: ${detail ?? code}`,
    });
  }
  throw error;
}

export function entityKind(segment: string): EntityKind {
  if (segment in ENTITIES) return segment as EntityKind;
  throw new TestDataError(
    404,
    'unknown_kind',
    `Неизвестный вид данных «${segment}»: ${Object.keys(ENTITIES).join(', ')}.`,
  );
}

function linkTable(name: unknown): LinkTable {
  if (typeof name === 'string' && name in LINK_TABLES) return name as LinkTable;
  throw new TestDataError(
    400,
    'unknown_table',
    `Неизвестная таблица «${String(name)}»: ${Object.keys(LINK_TABLES).join(', ')}.`,
  );
}

export function rowId(segment: string): number {
  const id = Number(segment);
  if (Number.isSafeInteger(id) && id > 0) return id;
  throw new TestDataError(400, 'bad_id', `«${segment}» не номер строки.`);
}

/** A JSON object from the request body, or a clear refusal. */
export async function jsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new TestDataError(400, 'bad_json', 'Тело запроса должно быть JSON-объектом.');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new TestDataError(400, 'bad_json', 'Тело запроса должно быть JSON-объектом.');
  }
  return body as Record<string, unknown>;
}

/**
 * A JSON object as column values of `table` (property names as in the Drizzle schema, such as
 * publishAt): timestamps from ISO strings, anything else as sent for PostgreSQL to check. A name
 * that is not a column (or an allowed factory field) is refused, never silently dropped.
 */
function columnValues(
  table: Table,
  values: Record<string, unknown>,
  extra: readonly string[] = [],
): Record<string, unknown> {
  const columns = getTableColumns(table);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const column = columns[key];
    if (!column && !extra.includes(key)) {
      throw new TestDataError(400, 'unknown_column', `Нет такого поля: «${key}».`);
    }
    if (column?.dataType === 'date' && typeof value === 'string') {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) {
        throw new TestDataError(400, 'bad_date', `«${key}»: «${value}» не дата ISO 8601.`);
      }
      out[key] = date;
    } else {
      out[key] = value;
    }
  }
  return out;
}

function visible<T extends Record<string, unknown>>(row: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_COLUMNS.has(key)));
}

async function articleAuthorIds(id: number): Promise<number[]> {
  const rows = await db()
    .select({ userId: s.articleAuthors.userId })
    .from(s.articleAuthors)
    .where(eq(s.articleAuthors.articleId, id))
    .orderBy(s.articleAuthors.position);
  return rows.map((r) => r.userId);
}

type ArticleRow = typeof s.articles.$inferSelect;
const articleState = (row: ArticleRow, authorIds: number[]) => ({
  ...row,
  authors: authorIds.map((id) => ({ id })),
});

/** Expires what a change shows on, or fails the request: a test must not read a stale page. */
async function expire(tags: Parameters<typeof requestRevalidation>[0]): Promise<void> {
  if (!tags.length) return;
  const warning = await requestRevalidation(tags);
  if (warning) throw new TestDataError(502, 'cache_not_expired', warning);
}

async function audit(userId: number, action: string, entityType: string, entityId: unknown) {
  await writeAudit(db(), {
    userId,
    action: `testData.${action}`,
    entityType,
    entityId: entityId == null ? null : String(entityId),
    summary: { via: 'test-data API' },
  });
}

/** Makes one row with its factory (unique names and slugs unless given) and expires its pages. */
export async function createEntity(
  userId: number,
  kind: EntityKind,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const values = columnValues(ENTITIES[kind], params, FACTORY_FIELDS[kind]);
  let row: Record<string, unknown> & { id: number };
  if (kind === 'articles') {
    const article = await createArticle(db(), values as ArticleFactoryParams);
    const authorIds = (values.authorIds as number[] | undefined) ?? [];
    await expire(articleCacheTags(article.id, articleState(article, authorIds)));
    row = { ...article, authorIds };
  } else if (kind === 'rubrics') {
    row = await createRubric(db(), values);
    // Every page's navigation lists the rubrics.
    await expire([cacheTags.rubrics]);
  } else if (kind === 'users') {
    row = await createUser(db(), values);
  } else {
    row = await createSource(db(), values);
  }
  await audit(userId, 'create', kind, row.id);
  return visible(row);
}

/** One row as it is now, by its id or its slug (unique for every kind); an article with authorIds. */
export async function readEntity(
  kind: EntityKind,
  key: { id: number } | { slug: string },
): Promise<Record<string, unknown>> {
  const table = ENTITIES[kind];
  const columns = getTableColumns(table);
  const [row] = await db()
    .select()
    .from(table)
    .where('id' in key ? eq(columns.id!, key.id) : eq(columns.slug!, key.slug));
  if (!row) {
    const which = 'id' in key ? `№ ${key.id}` : `с адресом «${key.slug}»`;
    throw new TestDataError(404, 'not_found', `Строка ${kind} ${which} не найдена.`);
  }
  if (kind !== 'articles') return visible(row);
  return { ...row, authorIds: await articleAuthorIds(row.id as number) };
}

/** `?slug=` of a lookup: every kind has a unique slug, the address a test knows a row by. */
export function slugParam(request: Request): { slug: string } {
  const slug = new URL(request.url).searchParams.get('slug');
  if (!slug) throw new TestDataError(400, 'no_slug', 'Укажите адрес строки: ?slug=…');
  return { slug };
}

/**
 * Changes columns of one row as they are given (no workflow, no version check: a test sets the
 * state it needs, such as a publish time in the past) and expires the pages of both states.
 */
export async function updateEntity(
  userId: number,
  kind: EntityKind,
  id: number,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const values = columnValues(ENTITIES[kind], params);
  if ('id' in values) throw new TestDataError(400, 'unknown_column', 'Номер строки не меняется.');
  const before = await readEntity(kind, { id });
  if (!Object.keys(values).length) return before;
  const table = ENTITIES[kind];
  await db()
    .update(table)
    .set(values)
    .where(eq(getTableColumns(table).id!, id));
  const after = await readEntity(kind, { id });
  if (kind === 'articles') {
    const authorIds = after.authorIds as number[];
    await expire(
      articleCacheTags(
        id,
        articleState(before as ArticleRow, authorIds),
        articleState(after as ArticleRow, authorIds),
      ),
    );
  } else if (kind === 'rubrics') {
    await expire([cacheTags.rubrics, cacheTags.rubric(id)]);
  } else if (kind === 'users') {
    await expire([cacheTags.author(id)]);
  } else {
    await expire([cacheTags.source(id)]);
  }
  await audit(userId, 'update', kind, id);
  return after;
}

/**
 * Adds rows to one of the link tables (an article's tags, sources, related articles, old slugs,
 * daily views, corrections). Nothing is expired here: the test names the tags its change shows on
 * (POST /api/test-data/expire), as it knows which page it will read.
 */
export async function insertLinkRows(
  userId: number,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const name = linkTable(body.table);
  if (!Array.isArray(body.rows) || body.rows.length === 0) {
    throw new TestDataError(400, 'no_rows', '«rows» должен быть непустым массивом объектов.');
  }
  const table = LINK_TABLES[name];
  const rows = body.rows.map((row) => {
    if (!row || typeof row !== 'object') {
      throw new TestDataError(400, 'no_rows', '«rows» должен быть непустым массивом объектов.');
    }
    return columnValues(table, row as Record<string, unknown>);
  });
  // One insert for seven tables: each row was checked against its table's columns above.
  const inserted = await db()
    .insert(table)
    .values(rows as never)
    .returning();
  await audit(userId, 'insert', name, null);
  return inserted as Record<string, unknown>[];
}

/** Expires cache tags on the site and every HTTP cache (PURGE_URLS), as a publish does. */
export async function expireTags(userId: number, body: Record<string, unknown>): Promise<string[]> {
  const tags = body.tags;
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string' && /^[\w:.-]+$/.test(t))) {
    throw new TestDataError(400, 'bad_tags', '«tags» должен быть массивом тегов кеша сайта.');
  }
  await expire(tags as Parameters<typeof requestRevalidation>[0]);
  await audit(userId, 'expire', 'cache', null);
  return tags as string[];
}

/**
 * The login attempts recorded for an address (email), oldest first: which client address the
 * limits saw, whether each succeeded. No page shows them; a limits test reads them here.
 */
export async function loginAttemptsOf(email: string | null): Promise<Record<string, unknown>[]> {
  if (!email) throw new TestDataError(400, 'no_email', 'Укажите адрес: ?email=…');
  const a = s.loginAttempts;
  return db()
    .select({ email: a.email, ip: a.ip, success: a.success, kind: a.kind, createdAt: a.createdAt })
    .from(a)
    .where(eq(a.email, email.trim().toLowerCase()))
    .orderBy(asc(a.id));
}

/**
 * Forgets the login attempts of the given addresses: a test that fails logins on purpose (the
 * lockout tests) clears them after itself, or its failures would keep counting against the
 * client address it shares with every other test. Answers how many were deleted.
 */
export async function forgetLoginAttempts(
  userId: number,
  body: Record<string, unknown>,
): Promise<number> {
  const emails = body.emails;
  if (
    !Array.isArray(emails) ||
    emails.length === 0 ||
    !emails.every((e) => typeof e === 'string')
  ) {
    throw new TestDataError(400, 'no_emails', '«emails» должен быть непустым массивом адресов.');
  }
  const deleted = await db()
    .delete(s.loginAttempts)
    .where(
      inArray(
        s.loginAttempts.email,
        (emails as string[]).map((e) => e.trim().toLowerCase()),
      ),
    )
    .returning({ id: s.loginAttempts.id });
  await audit(userId, 'forget', 'login_attempts', null);
  return deleted.length;
}
