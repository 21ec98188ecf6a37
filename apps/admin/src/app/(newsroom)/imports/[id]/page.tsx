import { getImportJob } from '@vestnik/db/queries/import-jobs';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { retryImport } from '@/actions/imports/retry-import';
import { ImportProgress } from '@/components/imports/import-progress';
import styles from '@/components/imports/imports.module.css';
import { ActionForm } from '@/components/ui/action-form';
import ui from '@/components/ui/ui.module.css';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { importJobView } from '@/lib/imports/job-view';
import { IMPORT_FORMAT_NAMES, IMPORT_STATUS_NAMES } from '@/lib/imports/names';
import { idParam } from '@/lib/search-params';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Импорт' };

const number = new Intl.NumberFormat('ru-RU');
/** Entries of each list shown on the page; the JSON report has them all. */
const SHOWN = 100;

function tally(record: Record<string, number>) {
  return Object.entries(record).sort((a, b) => b[1] - a[1]);
}

export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('import.run');
  const id = idParam((await params).id);
  const job = id ? await getImportJob(db(), { id }) : undefined;
  if (!job) notFound();
  const view = importJobView(job);
  const report = job.report;
  const ended = job.status === 'done' || job.status === 'failed' || job.status === 'interrupted';
  const rate = view.elapsedSeconds > 0 ? view.items / view.elapsedSeconds : 0;
  return (
    <>
      <p>
        <Link href="/imports">← Импорт</Link>
      </p>
      <h1>
        Импорт № {job.id}: {job.fileName}
      </h1>
      <p>
        {IMPORT_FORMAT_NAMES[job.format]}, {number.format(Math.ceil(job.fileBytes / 1024))} КБ
        {job.dryRun && ', пробный запуск (ничего не записывается)'}; загружен{' '}
        {formatDateTime(job.createdAt)}. Состояние:{' '}
        <strong data-testid="import-status">{IMPORT_STATUS_NAMES[job.status]}</strong>
        {job.finishedAt && `, ${formatDateTime(job.finishedAt)}`}
        {ended && view.items > 0 && ` (${number.format(Math.round(rate))} записей в секунду)`}.
      </p>

      <ImportProgress initial={view} />

      {job.error && (
        <div role="alert" className={ui.error}>
          {job.error}
        </div>
      )}
      {(job.status === 'failed' || job.status === 'interrupted') && (
        <ActionForm
          action={retryImport}
          submitLabel="Запустить снова"
          successMessage="Импорт снова в очереди."
          variant="secondary"
          inline
        >
          <input type="hidden" name="id" value={job.id} />
        </ActionForm>
      )}

      {report && (
        <section aria-labelledby="report">
          <h2 id="report">{ended ? 'Отчёт' : 'Отчёт на сейчас'}</h2>
          <ul className={styles.counts}>
            <li>
              <strong data-testid="count-imported">{number.format(report.imported)}</strong>
              {job.dryRun ? 'было бы импортировано' : 'импортировано'}
            </li>
            <li>
              <strong data-testid="count-updated">{number.format(report.updated)}</strong>
              {job.dryRun ? 'было бы обновлено' : 'обновлено'}
            </li>
            <li>
              <strong data-testid="count-unchanged">{number.format(report.unchanged)}</strong>
              без изменений
            </li>
            <li>
              <strong data-testid="count-skipped">{number.format(view.skipped)}</strong>
              пропущено
            </li>
            <li>
              <strong data-testid="count-failed">{number.format(report.failed.length)}</strong>с
              ошибкой
            </li>
          </ul>
          {ended && (
            <p>
              <a href={`/api/imports/${job.id}/report`} download>
                Скачать полный отчёт (JSON)
              </a>
            </p>
          )}
          <Tally title="Пропущено" rows={tally(report.skipped)} />
          <Tally title="Приближено или удалено в текстах" rows={tally(report.approximated)} />
          <Entries
            title="С ошибкой (ничего из них не записано)"
            rows={report.failed.map((f) => `запись ${f.item}: ${f.error}`)}
          />
          <Entries
            title="Нет изображений"
            rows={report.missingMedia.map((m) => `запись ${m.item}: ${m.src}`)}
          />
          <Entries
            title="Замечания"
            rows={report.warnings.map((w) => `запись ${w.item}: ${w.message}`)}
          />
        </section>
      )}
    </>
  );
}

function Tally({ title, rows }: { title: string; rows: [string, number][] }) {
  if (rows.length === 0) return null;
  return (
    <section>
      <h3>{title}</h3>
      <table className={ui.table}>
        <tbody>
          {rows.map(([what, count]) => (
            <tr key={what}>
              <td>{what}</td>
              <td>{number.format(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Entries({ title, rows }: { title: string; rows: string[] }) {
  if (rows.length === 0) return null;
  return (
    <section>
      <h3>
        {title}: {number.format(rows.length)}
      </h3>
      <ul className={styles.list}>
        {rows.slice(0, SHOWN).map((row, at) => (
          // The same message may repeat for one item: the position keeps keys unique.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
          <li key={at}>{row}</li>
        ))}
      </ul>
      {rows.length > SHOWN && (
        <p className={styles.hint}>Показаны первые {SHOWN}; все — в полном отчёте (JSON).</p>
      )}
    </section>
  );
}
