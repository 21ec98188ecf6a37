import type { ImportJob } from '@vestnik/db/queries/import-jobs';

/** What the page shows of a job while it runs: progress, counts so far, no lists. */
export type ImportJobView = {
  id: number;
  status: ImportJob['status'];
  fileName: string;
  fileBytes: number;
  bytesRead: number;
  dryRun: boolean;
  /** Items handled so far (imported, updated, unchanged, failed). */
  items: number;
  imported: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
  /** Seconds since the job started (or started again), for the rate and the time left. */
  elapsedSeconds: number;
  error: string | null;
};

export function importJobView(job: ImportJob, now = Date.now()): ImportJobView {
  const report = job.report;
  const imported = report?.imported ?? 0;
  const updated = report?.updated ?? 0;
  const unchanged = report?.unchanged ?? 0;
  const failed = report?.failed.length ?? 0;
  const skipped = Object.values(report?.skipped ?? {}).reduce((sum, n) => sum + n, 0);
  const end = job.finishedAt?.getTime() ?? now;
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    fileBytes: job.fileBytes,
    bytesRead: job.bytesRead,
    dryRun: job.dryRun,
    items: imported + updated + unchanged + failed,
    imported,
    updated,
    unchanged,
    failed,
    skipped,
    elapsedSeconds: job.startedAt ? Math.max(0, (end - job.startedAt.getTime()) / 1000) : 0,
    error: job.error,
  };
}
