import { listRubricsForAdmin } from '@vestnik/db/queries/rubrics';
import type { Metadata } from 'next';
import { createRubric } from '@/actions/rubrics/create-rubric';
import { moveRubric } from '@/actions/rubrics/move-rubric';
import { updateRubric } from '@/actions/rubrics/update-rubric';
import { ActionForm } from '@/components/ui/action-form';
import styles from '@/components/ui/ui.module.css';
import { db } from '@/lib/db';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Рубрики' };

export default async function RubricsPage() {
  await requirePermission('taxonomy.manage');
  const rubrics = await listRubricsForAdmin(db());
  return (
    <>
      <h1>Рубрики</h1>
      <p className={styles.hint}>
        Порядок списка — порядок рубрик в меню сайта. Пустое казахское название значит, что рубрика
        ещё не переведена.
      </p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Порядок</th>
            <th scope="col">Рубрика</th>
            <th scope="col">Материалов</th>
            <th scope="col">Изменить</th>
          </tr>
        </thead>
        <tbody>
          {rubrics.map((rubric, index) => (
            <tr key={rubric.id}>
              <td>
                <div className={styles.inlineForm}>
                  {index > 0 && (
                    <ActionForm
                      action={moveRubric}
                      submitLabel="↑"
                      ariaLabel={`Выше: ${rubric.name}`}
                      variant="secondary"
                      inline
                    >
                      <input type="hidden" name="id" value={rubric.id} />
                      <input type="hidden" name="direction" value="up" />
                    </ActionForm>
                  )}
                  {index < rubrics.length - 1 && (
                    <ActionForm
                      action={moveRubric}
                      submitLabel="↓"
                      ariaLabel={`Ниже: ${rubric.name}`}
                      variant="secondary"
                      inline
                    >
                      <input type="hidden" name="id" value={rubric.id} />
                      <input type="hidden" name="direction" value="down" />
                    </ActionForm>
                  )}
                </div>
              </td>
              <td>
                <strong>{rubric.name}</strong> <code>/{rubric.slug}</code>
                {rubric.description && <p className={styles.hint}>{rubric.description}</p>}
                <p lang="kk">
                  <abbr title="Қазақша">KK</abbr>{' '}
                  {rubric.nameKk ? (
                    rubric.nameKk
                  ) : (
                    <span className={styles.hint}>нет перевода</span>
                  )}
                </p>
                {rubric.descriptionKk && (
                  <p className={styles.hint} lang="kk">
                    {rubric.descriptionKk}
                  </p>
                )}
              </td>
              <td>{rubric.articles}</td>
              <td>
                <details>
                  <summary>Изменить</summary>
                  <ActionForm
                    action={updateRubric}
                    submitLabel="Сохранить"
                    successMessage="Сохранено."
                  >
                    <input type="hidden" name="id" value={rubric.id} />
                    <label>
                      Название
                      <input name="name" required maxLength={100} defaultValue={rubric.name} />
                    </label>
                    <label>
                      Описание
                      <textarea
                        name="description"
                        rows={3}
                        maxLength={1000}
                        defaultValue={rubric.description}
                      />
                    </label>
                    <label>
                      Перевод на казахский
                      <input name="nameKk" lang="kk" maxLength={100} defaultValue={rubric.nameKk} />
                    </label>
                    <label>
                      Перевод описания на казахский
                      <textarea
                        name="descriptionKk"
                        lang="kk"
                        rows={3}
                        maxLength={1000}
                        defaultValue={rubric.descriptionKk}
                      />
                    </label>
                  </ActionForm>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section className={`${styles.panel} ${styles.spaced}`} aria-labelledby="new-rubric">
        <h2 id="new-rubric">Новая рубрика</h2>
        <ActionForm
          action={createRubric}
          submitLabel="Добавить рубрику"
          successMessage="Рубрика добавлена."
          resetOnSuccess
        >
          <label>
            Название
            <input name="name" required maxLength={100} />
          </label>
          <label>
            Адрес (необязательно)
            <input name="slug" pattern="[a-z0-9\-]*" placeholder="из названия" />
          </label>
          <label>
            Описание
            <textarea name="description" rows={3} maxLength={1000} />
          </label>
          <label>
            Перевод на казахский (необязательно)
            <input name="nameKk" lang="kk" maxLength={100} />
          </label>
          <label>
            Перевод описания на казахский
            <textarea name="descriptionKk" lang="kk" rows={3} maxLength={1000} />
          </label>
        </ActionForm>
      </section>
    </>
  );
}
