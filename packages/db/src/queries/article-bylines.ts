import { and, asc, eq, ilike, inArray } from 'drizzle-orm';
import { articleAuthors, users } from '../schema/index.ts';
import type { Executor } from './audit.ts';

export type SearchBylineUsersParams = { query: string; limit: number };

/** The «Авторы» picker: people who can still sign articles (not disabled), by name. */
export function searchBylineUsers(db: Executor, params: SearchBylineUsersParams) {
  const pattern = `%${params.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(ilike(users.name, pattern), eq(users.disabled, false)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(params.limit);
}

export type FindBylineUsersParams = { ids: number[] };

/** The given ids that may sign an article (exist, not disabled); the caller compares counts. */
export async function findBylineUsers(db: Executor, params: FindBylineUsersParams) {
  if (params.ids.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.id, params.ids), eq(users.disabled, false)));
}

export type ReplaceArticleAuthorsParams = { articleId: number; userIds: number[] };

/** The byline exactly as given, in order (positions 0..n-1); duplicates keep the first place. */
export async function replaceArticleAuthors(db: Executor, params: ReplaceArticleAuthorsParams) {
  await db.delete(articleAuthors).where(eq(articleAuthors.articleId, params.articleId));
  const userIds = [...new Set(params.userIds)];
  if (userIds.length === 0) return;
  await db
    .insert(articleAuthors)
    .values(userIds.map((userId, position) => ({ articleId: params.articleId, userId, position })));
}

export type ListPersonNamesParams = { ids: number[] };

/** Names for ids kept in revisions, disabled people included: history names who signed it. */
export async function listPersonNames(db: Executor, params: ListPersonNamesParams) {
  if (params.ids.length === 0) return new Map<number, string>();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, params.ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
