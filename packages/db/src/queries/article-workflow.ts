import { and, eq, sql } from 'drizzle-orm';
import { type ArticleStatus, articles, users } from '../schema/index.ts';
import type { Executor } from './audit.ts';

export type SetArticleStatusParams = {
  id: number;
  /** The version the editor saw: a stale transition is refused like a stale save. */
  version: number;
  status: ArticleStatus;
  /** Required for published/scheduled; kept as is when omitted. */
  publishAt?: Date | null;
};

/**
 * Moves an article through the workflow. The first time it goes public (published or scheduled)
 * first_published_at is set, and from then on its slug is fixed.
 */
export async function setArticleStatus(db: Executor, params: SetArticleStatusParams) {
  const goesPublic = params.status === 'published' || params.status === 'scheduled';
  // postgres.js cannot bind a Date inside a raw sql fragment; pass an ISO string and cast.
  const publishAt = params.publishAt
    ? sql`${params.publishAt.toISOString()}::timestamptz`
    : sql`${articles.publishAt}`;
  const [row] = await db
    .update(articles)
    .set({
      status: params.status,
      publishAt: params.publishAt === undefined ? undefined : params.publishAt,
      firstPublishedAt: goesPublic
        ? sql`coalesce(${articles.firstPublishedAt}, ${publishAt})`
        : undefined,
      version: sql`${articles.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(articles.id, params.id), eq(articles.version, params.version)))
    .returning({
      id: articles.id,
      version: articles.version,
      status: articles.status,
      publishAt: articles.publishAt,
      updatedAt: articles.updatedAt,
    });
  return row;
}

export type AcquireArticleLockParams = {
  id: number;
  userId: number;
  ttlSeconds: number;
  /** "Перехватить редактирование": take the lock even if someone else holds it. */
  force?: boolean;
};

export type ArticleLockResult =
  | { acquired: true; lockedUntil: Date }
  | { acquired: false; holder: { id: number; name: string }; lockedUntil: Date }
  | { acquired: false; holder: undefined };

/**
 * The edit lock is advisory (the version check is what prevents lost edits): it tells others
 * who is working on the text. One conditional UPDATE so two editors opening the article at the
 * same moment cannot both think they hold it. It touches neither version nor updated_at.
 */
export async function acquireArticleLock(
  db: Executor,
  params: AcquireArticleLockParams,
): Promise<ArticleLockResult> {
  const free = sql`(${articles.lockedBy} is null or ${articles.lockedBy} = ${params.userId} or ${articles.lockedUntil} < now())`;
  const [row] = await db
    .update(articles)
    .set({
      lockedBy: params.userId,
      lockedUntil: sql`now() + make_interval(secs => ${params.ttlSeconds})`,
    })
    .where(and(eq(articles.id, params.id), params.force ? undefined : free))
    .returning({ lockedUntil: articles.lockedUntil });
  if (row?.lockedUntil) return { acquired: true, lockedUntil: row.lockedUntil };
  const [holder] = await db
    .select({ id: users.id, name: users.name, lockedUntil: articles.lockedUntil })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.lockedBy))
    .where(eq(articles.id, params.id));
  if (!holder?.lockedUntil) return { acquired: false, holder: undefined };
  return {
    acquired: false,
    holder: { id: holder.id, name: holder.name },
    lockedUntil: holder.lockedUntil,
  };
}

export type ReleaseArticleLockParams = { id: number; userId: number };

/** Leaving the editor frees the lock at once, but only if it is still ours. */
export async function releaseArticleLock(db: Executor, params: ReleaseArticleLockParams) {
  await db
    .update(articles)
    .set({ lockedBy: null, lockedUntil: null })
    .where(and(eq(articles.id, params.id), eq(articles.lockedBy, params.userId)));
}

export type ReleaseArticleLocksOfUserParams = { userId: number };

/** Logging out frees every edit lock the user holds: nobody is told they are still editing. */
export async function releaseArticleLocksOfUser(
  db: Executor,
  params: ReleaseArticleLocksOfUserParams,
) {
  await db
    .update(articles)
    .set({ lockedBy: null, lockedUntil: null })
    .where(eq(articles.lockedBy, params.userId));
}
