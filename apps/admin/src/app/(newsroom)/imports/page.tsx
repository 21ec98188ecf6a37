import { findByOldAddress, listImportJobs } from '@vestnik/db/queries/import-jobs';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportUploadForm } from '@/components/imports/import-upload-form';
import styles from '@/components/imports/imports.module.css';
import ui from '@/components/ui/ui.module.css';
import { env } from '@/env';
import { articlePath } from '@/lib/articles/language';
import { STATUS_NAMES } from '@/lib/articles/status-names';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { IMPORT_FORMAT_NAMES, IMPORT_STATUS_NAMES } from '@/lib/imports/names';
import { textParam } from '@/lib/search-params';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Импорт' };

const number = new Intl.NumberFormat('ru-RU');

export default async function ImportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requirePermission('import.run');
  const { SITE_URL, IMPORT_MAX_MB } = env();
  const old = textParam((await searchParams).old, 2000);
  const [jobs, match] = await Promise.all([
    listImportJobs(db(), { limit: 50 }),
    old ? findByOldAddress(db(), { address: old }) : undefined,
  ]);
  const site = (path: string) => new URL(path, SITE_URL).toString();
  return (
    <>
      <h1>Импорт</h1>
      <section className={ui.panel} aria-labelledby="new-import">
        <h2 id="new-import">Новый импорт</h2>
        <p className={styles.hint}>
          Экспорт WordPress (Инструменты → Экспорт → «Все содержимое») или файл ленты RSS/Atom.
          Повторный импорт того же сайта обновляет изменившиеся записи и ничего не создаёт дважды.
          Старые адреса записей, рубрик и меток будут вести на новые страницы (301). Изображения из
          записей отмечаются в отчёте как недостающие: чтобы перенести их, запустите на сервере{' '}
          <code>pnpm import:wordpress файл.xml --media-dir wp-content/uploads</code>.
        </p>
        <ImportUploadForm maxMegabytes={IMPORT_MAX_MB} />
      </section>

      <section className={ui.panel} aria-labelledby="old-address">
        <h2 id="old-address">Поиск по старому адресу</h2>
        <search>
          <form method="get" className={ui.inlineForm}>
            <label>
              Старый адрес
              <input
                name="old"
                defaultValue={old ?? ''}
                placeholder="https://old-site.kz/2019/05/12/novost/ или ?p=123"
                className={styles.fluid}
              />
            </label>
            <button type="submit" className={ui.secondary}>
              Найти
            </button>
          </form>
        </search>
        {old && !match && (
          <p role="status" className={styles.found}>
            Адрес «{old}» не найден среди импортированных.
          </p>
        )}
        {match && (
          <div role="status" className={styles.found}>
            <p>
              Старый адрес <code>{match.path}</code> ({match.source}) теперь:
            </p>
            {match.article && (
              <p>
                материал <Link href={`/articles/${match.article.id}`}>{match.article.title}</Link> (
                {STATUS_NAMES[match.article.status]}), на сайте:{' '}
                <a href={site(articlePath(match.article.locale, match.article.slug))}>
                  {site(articlePath(match.article.locale, match.article.slug))}
                </a>
              </p>
            )}
            {match.rubric && (
              <p>
                рубрика «{match.rubric.name}»:{' '}
                <a href={site(`/rubric/${match.rubric.slug}`)}>
                  {site(`/rubric/${match.rubric.slug}`)}
                </a>
              </p>
            )}
            {match.tag && (
              <p>
                тег «{match.tag.name}»:{' '}
                <a href={site(`/tag/${match.tag.slug}`)}>{site(`/tag/${match.tag.slug}`)}</a>
              </p>
            )}
          </div>
        )}
      </section>

      <h2>История импорта</h2>
      {jobs.length === 0 ? (
        <p>Импортов ещё не было.</p>
      ) : (
        <table className={ui.table}>
          <thead>
            <tr>
              <th scope="col">№</th>
              <th scope="col">Файл</th>
              <th scope="col">Формат</th>
              <th scope="col">Запущен</th>
              <th scope="col">Состояние</th>
              <th scope="col">Итог</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  <Link href={`/imports/${job.id}`}>{job.id}</Link>
                </td>
                <td>
                  <Link href={`/imports/${job.id}`}>{job.fileName}</Link>
                  {job.dryRun && ' (пробный)'}
                </td>
                <td>{IMPORT_FORMAT_NAMES[job.format]}</td>
                <td>
                  {formatDateTime(job.createdAt)}
                  {job.createdBy && `, ${job.createdBy}`}
                </td>
                <td className={styles.status}>{IMPORT_STATUS_NAMES[job.status]}</td>
                <td>
                  {job.imported === null
                    ? '—'
                    : `новых ${number.format(job.imported)}, обновлено ${number.format(job.updated ?? 0)}, без изменений ${number.format(job.unchanged ?? 0)}, ошибок ${number.format(job.failed ?? 0)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
