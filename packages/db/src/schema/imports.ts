import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import type { ImportReport } from '../import/report.ts';
import { articles } from './articles.ts';
import { rubrics, tags } from './taxonomy.ts';
import { users } from './users.ts';

/**
 * Which article an item of an imported archive became, keyed by the archive (`wordpress:<host>`,
 * `feed:<host>`) and the item's own id there, so that a second run updates instead of duplicating.
 * `content_hash` is the hash of the item as read: an unchanged item is skipped without a write.
 */
export const importedArticles = pgTable(
  'imported_articles',
  {
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    contentHash: text('content_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.source, t.externalId] }),
    index('imported_articles_article_idx').on(t.articleId),
  ],
);

/**
 * Addresses of the old site (normalized by `normalizeLegacyPath`: percent-decoded, lowercase, no
 * trailing slash; `/?p=<id>` for WordPress's short links) and what each now is. The site answers
 * them with a 301 when no page of its own has the address.
 */
export const legacyUrls = pgTable(
  'legacy_urls',
  {
    path: text('path').primaryKey(),
    source: text('source').notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    rubricId: integer('rubric_id').references(() => rubrics.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id').references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('legacy_urls_article_idx').on(t.articleId),
    check(
      'legacy_urls_one_target',
      sql`num_nonnulls(${t.articleId}, ${t.rubricId}, ${t.tagId}) = 1`,
    ),
  ],
);

export const importJobStatuses = ['queued', 'running', 'done', 'failed', 'interrupted'] as const;
export type ImportJobStatus = (typeof importJobStatuses)[number];

/**
 * An import started from the admin's «Импорт» page: the uploaded file waits on the server
 * (`file_path`), a worker in an admin process claims the job (queued → running), writes its
 * progress every second (`bytes_read` of `file_bytes`, the report so far) and ends it done or
 * failed. A running job whose `heartbeat_at` stopped (its process died) is queued again: an
 * import is safe to run twice, so the next run skips what was imported already.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: serial('id').primaryKey(),
    format: text('format', { enum: ['wordpress', 'feed'] }).notNull(),
    /** The name the file had on the uploader's computer (shown, never used as a path). */
    fileName: text('file_name').notNull(),
    filePath: text('file_path').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    dryRun: boolean('dry_run').notNull().default(false),
    status: text('status', { enum: importJobStatuses }).notNull().default('queued'),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    report: jsonb('report').$type<ImportReport>(),
    /** Why the job failed, in one Russian sentence. */
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('import_jobs_status_idx').on(t.status, t.id),
    check(
      'import_jobs_status',
      sql`${t.status} in ('queued', 'running', 'done', 'failed', 'interrupted')`,
    ),
  ],
);
