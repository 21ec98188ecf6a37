import { listTagsWithUsage } from '@vestnik/db/queries/tags';
import type { Metadata } from 'next';
import Link from 'next/link';
import { mergeTags } from '@/actions/tags/merge-tags';
import { renameTag } from '@/actions/tags/rename-tag';
import { ActionForm } from '@/components/ui/action-form';
import { IgnoredFilters } from '@/components/ui/ignored-filters';
import styles from '@/components/ui/ui.module.css';
import { db } from '@/lib/db';
import { idParam, type RawParam, readSearch, textParam } from '@/lib/search-params';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Теги' };

const PAGE = 50;

const FILTERS = {
  q: (raw: RawParam) => textParam(raw, 100),
  afterName: (raw: RawParam) => textParam(raw, 200),
  afterId: idParam,
};
const LABELS = { q: 'Поиск тега', afterName: 'Страница', afterId: 'Страница' };

export default async function TagsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, RawParam>>;
}) {
  const { values: search, invalid } = readSearch(await searchParams, FILTERS);
  await requirePermission('taxonomy.manage');
  const after =
    search.afterName !== undefined && search.afterId !== undefined
      ? { name: search.afterName, id: search.afterId }
      : undefined;
  const rows = await listTagsWithUsage(db(), { limit: PAGE + 1, query: search.q, after });
  const tags = rows.slice(0, PAGE);
  const last = tags.at(-1);
  const next =
    rows.length > PAGE && last
      ? `?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), afterName: last.name, afterId: String(last.id) })}`
      : undefined;
  return (
    <>
      <h1>Теги</h1>
      <IgnoredFilters invalid={invalid} labels={LABELS} />
      <section className={styles.panel} aria-labelledby="merge">
        <h2 id="merge">Объединить дубликаты</h2>
        <p className={styles.hint}>
          Все материалы тега-дубликата переходят к оставляемому тегу, дубликат удаляется. Номера
          тегов — в колонке «ID».
        </p>
        <ActionForm
          action={mergeTags}
          submitLabel="Объединить"
          successMessage="Теги объединены."
          confirm="Объединить теги? Тег-дубликат будет удалён."
        >
          <label>
            ID тега-дубликата (удалится)
            <input name="fromId" type="number" min={1} required />
          </label>
          <label>
            ID тега, который остаётся
            <input name="intoId" type="number" min={1} required />
          </label>
        </ActionForm>
      </section>
      <search>
        <form className={styles.filters}>
          <label>
            Поиск тега (по-русски или по-казахски)
            <input name="q" type="search" defaultValue={search.q} />
          </label>
          <button type="submit" className={styles.secondary}>
            Найти
          </button>
        </form>
      </search>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">ID</th>
            <th scope="col">Тег</th>
            <th scope="col">На казахском</th>
            <th scope="col">Материалов</th>
            <th scope="col">Переименовать</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <td>{tag.id}</td>
              <td>
                {tag.name} <code>/{tag.slug}</code>
              </td>
              <td lang="kk">{tag.nameKk || <span className={styles.hint}>—</span>}</td>
              <td>{tag.usage}</td>
              <td>
                <ActionForm
                  action={renameTag}
                  submitLabel="Переименовать"
                  variant="secondary"
                  inline
                >
                  <input type="hidden" name="id" value={tag.id} />
                  <input
                    name="name"
                    aria-label={`Новое имя тега «${tag.name}»`}
                    maxLength={100}
                    defaultValue={tag.name}
                    required
                  />
                  <input
                    name="nameKk"
                    lang="kk"
                    aria-label={`Имя тега «${tag.name}» на казахском`}
                    placeholder="на казахском"
                    maxLength={100}
                    defaultValue={tag.nameKk}
                  />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tags.length === 0 && <p>Теги не найдены.</p>}
      <nav className={styles.pager} aria-label="Страницы">
        {(search.afterId || search.q) && <Link href="/tags">В начало</Link>}
        {next && <Link href={next}>Дальше →</Link>}
      </nav>
    </>
  );
}
