import { type InvalidationTargets, invalidateTags } from '@vestnik/cache/invalidate';
import { articleChangeTags, type CacheTag, tags } from '@vestnik/cache/tags';
import { createDatabase, type Database } from '@vestnik/db/client';
import { importArchive, RefusedFileError } from '@vestnik/db/import';
import {
  claimImportJob,
  finishImportJob,
  type ImportJob,
  importedSince,
  recordImportProgress,
} from '@vestnik/db/queries/import-jobs';

export type ImportWorkerOptions = {
  /** The admin's pool: claims, progress, the report. */
  db: Database;
  /** The owner's or admin's URL for the import's own pool (10 connections, deferred day counts). */
  databaseUrl: string;
  /** Our media library (MEDIA_DIR). */
  storeDir: string;
  /** Where the site's caches are told about what the import published. */
  cache: InvalidationTargets;
  timeZone: string;
  pollMs?: number;
  /** How often progress (and the heartbeat) is written. */
  progressMs?: number;
  /** A running job without a heartbeat for this long belonged to a process that died. */
  staleAfterSeconds?: number;
};

/** The site's /api/revalidate takes at most 100 tags a request. */
const TAGS_PER_REQUEST = 100;

/**
 * Runs the imports started on the «Импорт» page, in the admin's server process and outside any
 * request: a job survives the page being closed or reloaded (the page reads its state from
 * import_jobs), and a restart of the admin (the job is claimed again and re-run; an import is
 * safe to repeat). One job at a time per process; several admin processes share the queue.
 */
export function startImportWorker(options: ImportWorkerOptions) {
  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  const runOnce = async (): Promise<boolean> => {
    const job = await claimImportJob(options.db, {
      staleAfterSeconds: options.staleAfterSeconds ?? 30,
    });
    if (!job) return false;
    await runJob(options, job);
    return true;
  };
  const loop = async () => {
    while (!stopped) {
      try {
        // Drain the queue, then wait for the next poll.
        while (!stopped && (await runOnce()));
      } catch (error) {
        console.error(
          JSON.stringify({ level: 'error', msg: 'import worker failed', error: String(error) }),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000).unref());
    }
  };
  current = loop();
  return {
    stop: () => {
      stopped = true;
    },
    idle: () => current,
  };
}

/** One job, start to end: the job row ends done or failed, whatever happens. */
export async function runJob(options: ImportWorkerOptions, job: ImportJob): Promise<void> {
  const pool = createDatabase(options.databaseUrl, {
    max: 10,
    applicationName: 'vestnik-import',
    // A job, not a request: the final count of the days can take minutes on a large archive.
    statementTimeoutMs: 0,
    asyncCommit: true,
    deferArticleDays: true,
  });
  const progress = { bytesRead: 0 };
  let lastWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const startedAt = new Date();
  try {
    const report = await importArchive({
      db: pool.db,
      file: job.filePath,
      format: job.format,
      storeDir: options.storeDir,
      dryRun: job.dryRun,
      progress,
      onItem: (sofar) => {
        const now = Date.now();
        if (now - lastWrite < (options.progressMs ?? 1000)) return;
        lastWrite = now;
        // Not awaited: the import does not wait for its own progress bar.
        writing = writing.then(() =>
          recordImportProgress(options.db, {
            id: job.id,
            bytesRead: progress.bytesRead,
            report: { ...sofar, file: job.fileName },
          }).catch(() => {}),
        );
      },
    });
    await writing;
    report.file = job.fileName;
    await finishImportJob(options.db, {
      id: job.id,
      status: report.error ? 'failed' : 'done',
      report,
      error: report.error,
    });
    if (!job.dryRun) {
      // The import stands whatever the cache says: pages it could not expire follow their
      // lifetimes (the failure is logged by invalidateTags and here).
      await expirePublished(options, report.source, startedAt).catch((error: unknown) => {
        console.error(
          JSON.stringify({
            level: 'warn',
            msg: 'import cache expiry failed',
            error: String(error),
          }),
        );
      });
    }
  } catch (error) {
    await writing;
    const message =
      error instanceof RefusedFileError
        ? error.message
        : `Импорт остановлен ошибкой сервера: ${(error as Error).message.split('\n')[0]}. Уже импортированные записи сохранены; запустите импорт снова, чтобы продолжить.`;
    if (!(error instanceof RefusedFileError)) {
      console.error(
        JSON.stringify({ level: 'error', msg: 'import failed', job: job.id, error: String(error) }),
      );
    }
    await finishImportJob(options.db, { id: job.id, status: 'failed', error: message });
  } finally {
    await pool.close();
  }
}

/**
 * The pages an import changed: the articles it made visible (their days, rubrics, tags and
 * bylines) and the front page, RSS and sitemaps, as a publish from the editor would expire them.
 */
async function expirePublished(options: ImportWorkerOptions, source: string, since: Date) {
  if (!source) return;
  const rows = await importedSince(options.db, { source, since });
  const all = new Set<CacheTag>();
  for (const row of rows) {
    // A new article's own page and address were never cached (a 404 is kept for seconds): only
    // the lists it joins are expired, not one tag per article of a 100,000-post archive.
    const own: CacheTag[] = row.updated ? [] : [tags.article(row.id), tags.slug(row.slug)];
    for (const tag of articleChangeTags(row.id, options.timeZone, {
      status: row.status,
      slug: row.slug,
      rubricId: row.rubric_id,
      publishAt: row.publish_at ? new Date(row.publish_at) : null,
      tagIds: row.tag_ids,
      authorIds: row.author_ids,
    })) {
      if (!own.includes(tag)) all.add(tag);
    }
  }
  const list = [...all];
  for (let at = 0; at < list.length; at += TAGS_PER_REQUEST) {
    await invalidateTags(options.cache, list.slice(at, at + TAGS_PER_REQUEST));
  }
}
