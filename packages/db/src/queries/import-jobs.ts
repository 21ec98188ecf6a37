import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import type { ImportReport } from '../import/report.ts';
import {
  type ArticleLocale,
  type ArticleStatus,
  articles,
  type ImportJobStatus,
  importJobs,
  legacyUrls,
  rubrics,
  tags,
  users,
} from '../schema/index.ts';
import type { Executor } from './audit.ts';
import { normalizeLegacyPath, postIdPath } from './legacy-urls.ts';
import { effectiveStatus } from './visibility.ts';

export type ImportJob = typeof importJobs.$inferSelect;

/** A job that has not ended: the page polls it, the worker may pick it up. */
export const ACTIVE_IMPORT_STATUSES: readonly ImportJobStatus[] = ['queued', 'running'];

/** Attempts before a job whose process keeps dying is given up as interrupted. */
export const MAX_IMPORT_ATTEMPTS = 3;

export type CreateImportJobParams = {
  format: 'wordpress' | 'feed';
  fileName: string;
  filePath: string;
  fileBytes: number;
  dryRun: boolean;
  createdBy: number;
};

export async function createImportJob(db: Executor, params: CreateImportJobParams) {
  const [row] = await db.insert(importJobs).values(params).returning({ id: importJobs.id });
  return row!.id;
}

export type ClaimImportJobParams = {
  /** A running job whose heartbeat is older than this was left by a dead process. */
  staleAfterSeconds: number;
};

/**
 * The next queued job for this worker, marked running (SKIP LOCKED: two admin processes never take
 * the same one). First, jobs whose worker died (no heartbeat for `staleAfterSeconds`) are queued
 * again, so an import survives a restart of the admin: it runs once more from the start, and the
 * items imported before are found unchanged. After MAX_IMPORT_ATTEMPTS it is left interrupted.
 */
export async function claimImportJob(
  db: Database,
  params: ClaimImportJobParams,
): Promise<ImportJob | undefined> {
  const stale = sql`now() - make_interval(secs => ${params.staleAfterSeconds})`;
  await db
    .update(importJobs)
    .set({
      status: sql`case when ${importJobs.attempts} >= ${MAX_IMPORT_ATTEMPTS} then 'interrupted' else 'queued' end`,
      error: sql`case when ${importJobs.attempts} >= ${MAX_IMPORT_ATTEMPTS}
        then 'Импорт прерывался ' || ${importJobs.attempts} || ' раза (сервер админки перезапускался или падал); запустите его снова.'
        else ${importJobs.error} end`,
      finishedAt: sql`case when ${importJobs.attempts} >= ${MAX_IMPORT_ATTEMPTS} then now() end`,
    })
    .where(and(eq(importJobs.status, 'running'), lt(importJobs.heartbeatAt, stale)));
  const [claimed] = await db
    .update(importJobs)
    .set({
      status: 'running',
      startedAt: sql`now()`,
      heartbeatAt: sql`now()`,
      attempts: sql`${importJobs.attempts} + 1`,
    })
    .where(
      eq(
        importJobs.id,
        sql`(select id from ${importJobs} where status = 'queued' order by id
             for update skip locked limit 1)`,
      ),
    )
    .returning();
  return claimed;
}

export type RecordImportProgressParams = { id: number; bytesRead: number; report: ImportReport };

/** Progress and the report so far; also the worker's heartbeat. */
export async function recordImportProgress(db: Executor, params: RecordImportProgressParams) {
  await db
    .update(importJobs)
    .set({ bytesRead: params.bytesRead, report: params.report, heartbeatAt: sql`now()` })
    .where(and(eq(importJobs.id, params.id), eq(importJobs.status, 'running')));
}

export type FinishImportJobParams = {
  id: number;
  status: 'done' | 'failed';
  report?: ImportReport;
  error?: string;
};

export async function finishImportJob(db: Executor, params: FinishImportJobParams) {
  await db
    .update(importJobs)
    .set({
      status: params.status,
      ...(params.report ? { report: params.report } : {}),
      error: params.error ?? null,
      finishedAt: sql`now()`,
      heartbeatAt: sql`now()`,
      bytesRead: sql`case when ${params.status} = 'done' then ${importJobs.fileBytes} else ${importJobs.bytesRead} end`,
    })
    .where(eq(importJobs.id, params.id));
}

/** Runs a queued, failed or interrupted job again (the file is still on the server). */
export async function requeueImportJob(db: Executor, params: { id: number }) {
  const rows = await db
    .update(importJobs)
    .set({ status: 'queued', error: null, attempts: 0, finishedAt: null, bytesRead: 0 })
    .where(and(eq(importJobs.id, params.id), inArray(importJobs.status, ['failed', 'interrupted'])))
    .returning({ id: importJobs.id });
  return rows.length > 0;
}

export async function getImportJob(db: Executor, params: { id: number }) {
  const [row] = await db.select().from(importJobs).where(eq(importJobs.id, params.id));
  return row;
}

/** The newest jobs first, with who started them; the report's counts, not its lists. */
export async function listImportJobs(db: Executor, params: { limit: number }) {
  return db
    .select({
      id: importJobs.id,
      format: importJobs.format,
      fileName: importJobs.fileName,
      fileBytes: importJobs.fileBytes,
      bytesRead: importJobs.bytesRead,
      dryRun: importJobs.dryRun,
      status: importJobs.status,
      error: importJobs.error,
      createdAt: importJobs.createdAt,
      finishedAt: importJobs.finishedAt,
      createdBy: users.name,
      imported: sql<number | null>`(${importJobs.report}->>'imported')::int`,
      updated: sql<number | null>`(${importJobs.report}->>'updated')::int`,
      unchanged: sql<number | null>`(${importJobs.report}->>'unchanged')::int`,
      failed: sql<number | null>`jsonb_array_length(${importJobs.report}->'failed')`,
    })
    .from(importJobs)
    .leftJoin(users, eq(users.id, importJobs.createdBy))
    .orderBy(desc(importJobs.id))
    .limit(params.limit);
}

export type OldAddressMatch = {
  path: string;
  source: string;
  /** `status` as readers see it now (a scheduled article whose time came is published). */
  article?: {
    id: number;
    title: string;
    slug: string;
    locale: ArticleLocale;
    status: ArticleStatus;
  };
  rubric?: { id: number; name: string; slug: string };
  tag?: { id: number; name: string; slug: string };
};

/**
 * What an old address of an imported site now is, whatever its state (drafts too: the editor
 * searching wants to find them). Takes what a person pastes: a full URL, a path, `?p=123` or
 * `/?p=123`.
 */
export async function findByOldAddress(
  db: Executor,
  params: { address: string },
): Promise<OldAddressMatch | undefined> {
  const address = params.address.trim();
  const postId = /(?:^|[?&])p=(\d{1,18})(?:&|#|$)/.exec(address)?.[1];
  const candidates = [...(postId ? [postIdPath(postId)] : []), normalizeLegacyPath(address)].filter(
    (path): path is string => Boolean(path) && path !== '/',
  );
  if (candidates.length === 0) return undefined;
  const [row] = await db
    .select({
      path: legacyUrls.path,
      source: legacyUrls.source,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      articleLocale: articles.locale,
      articleStatus: effectiveStatus(),
      rubricId: rubrics.id,
      rubricName: rubrics.name,
      rubricSlug: rubrics.slug,
      tagId: tags.id,
      tagName: tags.name,
      tagSlug: tags.slug,
    })
    .from(legacyUrls)
    .leftJoin(articles, eq(articles.id, legacyUrls.articleId))
    .leftJoin(rubrics, eq(rubrics.id, legacyUrls.rubricId))
    .leftJoin(tags, eq(tags.id, legacyUrls.tagId))
    .where(inArray(legacyUrls.path, candidates))
    .limit(1);
  if (!row) return undefined;
  return {
    path: row.path,
    source: row.source,
    ...(row.articleId !== null
      ? {
          article: {
            id: row.articleId,
            title: row.articleTitle!,
            slug: row.articleSlug!,
            locale: row.articleLocale!,
            status: row.articleStatus!,
          },
        }
      : {}),
    ...(row.rubricId !== null
      ? { rubric: { id: row.rubricId, name: row.rubricName!, slug: row.rubricSlug! } }
      : {}),
    ...(row.tagId !== null
      ? { tag: { id: row.tagId, name: row.tagName!, slug: row.tagSlug! } }
      : {}),
  };
}

/**
 * What a finished import changed on the public site, for the cache: the visible articles its
 * items created or updated since `since`, with their rubric, day, tags and bylines.
 */
export async function importedSince(db: Executor, params: { source: string; since: Date }) {
  return db.execute<{
    id: number;
    slug: string;
    status: string;
    rubric_id: number | null;
    publish_at: Date | null;
    tag_ids: number[];
    author_ids: number[];
    /** Made by an earlier run, changed by this one. */
    updated: boolean;
  }>(sql`
    select a.id, a.slug, a.status, a.rubric_id, a.publish_at, i.created_at < ${params.since.toISOString()}::timestamptz as updated,
      coalesce((select array_agg(tag_id) from article_tags where article_id = a.id), '{}') as tag_ids,
      coalesce((select array_agg(user_id) from article_authors where article_id = a.id), '{}') as author_ids
    from imported_articles i join articles a on a.id = i.article_id
    where i.source = ${params.source} and i.updated_at >= ${params.since.toISOString()}::timestamptz
      and a.status in ('published', 'scheduled')`);
}
