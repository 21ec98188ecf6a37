import { listSourcesWithUsage } from '@vestnik/db/queries/sources';
import type { Metadata } from 'next';
import { createSource } from '@/actions/sources/create-source';
import { deleteSource } from '@/actions/sources/delete-source';
import { updateSource } from '@/actions/sources/update-source';
import { SOURCE_KINDS, SourceFields } from '@/components/sources/source-fields';
import { ActionForm } from '@/components/ui/action-form';
import styles from '@/components/ui/ui.module.css';
import { db } from '@/lib/db';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Источники' };

export default async function SourcesPage() {
  await requirePermission('taxonomy.manage');
  const sources = await listSourcesWithUsage(db());
  return (
    <>
      <h1>Источники</h1>
      <section className={styles.panel} aria-labelledby="new-source">
        <h2 id="new-source">Новый источник</h2>
        <ActionForm
          action={createSource}
          submitLabel="Добавить источник"
          successMessage="Источник добавлен."
          resetOnSuccess
        >
          <SourceFields />
        </ActionForm>
      </section>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Название</th>
            <th scope="col">Домен</th>
            <th scope="col">Тип</th>
            <th scope="col">Ссылок</th>
            <th scope="col">Действия</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <td>{source.url ? <a href={source.url}>{source.name}</a> : source.name}</td>
              <td>{source.domain ?? '—'}</td>
              <td>{SOURCE_KINDS[source.kind]}</td>
              <td>{source.usage}</td>
              <td>
                <details>
                  <summary>Изменить</summary>
                  <ActionForm
                    action={updateSource}
                    submitLabel="Сохранить"
                    successMessage="Сохранено."
                  >
                    <input type="hidden" name="id" value={source.id} />
                    <SourceFields values={source} />
                  </ActionForm>
                </details>
                {source.usage === 0 && (
                  <ActionForm
                    action={deleteSource}
                    submitLabel="Удалить"
                    variant="danger"
                    inline
                    confirm={`Удалить источник «${source.name}»?`}
                  >
                    <input type="hidden" name="id" value={source.id} />
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
