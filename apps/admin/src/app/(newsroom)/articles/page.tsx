import { zonedInputToDate } from '@vestnik/content/dates';
import {
  type EditorArticleSort,
  listEditorArticles,
} from '@vestnik/db/queries/article-editor-list';
import { listBylineUsers } from '@vestnik/db/queries/article-lookups';
import { listRubrics } from '@vestnik/db/queries/taxonomy';
import type { ArticleStatus } from '@vestnik/db/schema';
import type { Metadata } from 'next';
import Link from 'next/link';
import { IgnoredFilters } from '@/components/ui/ignored-filters';
import { LocaleBadge } from '@/components/ui/locale-badge';
import { env } from '@/env';
import { LOCALE_NAMES, LOCALES } from '@/lib/articles/language';
import { STATUS_NAMES } from '@/lib/articles/status-names';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { can } from '@/lib/permissions';
import {
  choiceParam,
  dayParam,
  idParam,
  pageParam,
  type RawParam,
  readSearch,
  textParam,
} from '@/lib/search-params';
import { requirePermission } from '@/lib/session';
import styles from './articles.module.css';

export const metadata: Metadata = { title: 'Материалы' };

type Props = { searchParams: Promise<Record<string, RawParam>> };

const PAGE_SIZE = 30;
/** Deep pages go through filters: the list is bounded (see listEditorArticles). */
const MAX_PAGE = 1000;
const SORTS: Record<EditorArticleSort, string> = {
  updated: 'по изменению',
  publish: 'по времени публикации',
  title: 'по заголовку',
};
const STATUSES = Object.keys(STATUS_NAMES) as ArticleStatus[];
const FILTERS = {
  status: (raw: RawParam) => choiceParam(raw, STATUSES),
  lang: (raw: RawParam) => choiceParam(raw, LOCALES),
  rubric: idParam,
  author: idParam,
  from: dayParam,
  to: dayParam,
  q: (raw: RawParam) => textParam(raw, 200),
  sort: (raw: RawParam) => choiceParam(raw, Object.keys(SORTS) as EditorArticleSort[]),
  page: (raw: RawParam) => pageParam(raw, MAX_PAGE),
};
const LABELS = {
  status: 'Статус',
  lang: 'Язык',
  rubric: 'Рубрика',
  author: 'Автор',
  from: 'С даты',
  to: 'По дату',
  q: 'Заголовок содержит',
  sort: 'Сортировка',
  page: 'Страница',
};

export default async function ArticlesPage({ searchParams }: Props) {
  const { values: search, invalid } = readSearch(await searchParams, FILTERS);
  const user = await requirePermission('article.create');
  const all = can(user.role, 'article.viewAll');
  const zone = env().SITE_TIMEZONE;
  const day = (value: string | undefined) =>
    value ? zonedInputToDate(`${value}T00:00`, zone) : null;
  const to = day(search.to);
  const database = db();
  const page = search.page ?? 1;
  const [list, rubrics, people] = await Promise.all([
    listEditorArticles(database, {
      status: search.status,
      locale: search.lang,
      rubricId: search.rubric,
      authorId: all ? search.author : undefined,
      // Authors see only their own articles, whatever the address says.
      ownerId: all ? undefined : user.id,
      from: day(search.from) ?? undefined,
      to: to ? new Date(to.getTime() + 86_400_000) : undefined,
      titleQuery: search.q,
      sort: search.sort ?? 'updated',
      page,
      pageSize: PAGE_SIZE,
    }),
    listRubrics(database),
    all ? listBylineUsers(database) : Promise.resolve([]),
  ]);
  const pageLink = (n: number) => {
    const params = new URLSearchParams(
      Object.entries(search)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => [key, String(value)]),
    );
    params.set('page', String(n));
    return `/articles?${params}`;
  };
  return (
    <>
      <div className={styles.head}>
        <h1>Материалы</h1>
        <Link className={styles.newButton} href="/articles/new">
          Новый материал
        </Link>
      </div>
      <IgnoredFilters invalid={invalid} labels={LABELS} />
      <form className={styles.filters} method="get" aria-label="Фильтр материалов">
        <label>
          Заголовок содержит
          <input type="search" name="q" defaultValue={search.q} />
        </label>
        <label>
          Статус
          <select name="status" defaultValue={search.status ?? ''}>
            <option value="">все</option>
            {Object.entries(STATUS_NAMES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Язык
          <select name="lang" defaultValue={search.lang ?? ''}>
            <option value="">все</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Рубрика
          <select name="rubric" defaultValue={search.rubric ?? ''}>
            <option value="">все</option>
            {rubrics.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        {all && (
          <label>
            Автор
            <select name="author" defaultValue={search.author ?? ''}>
              <option value="">все</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          С даты
          <input type="date" name="from" defaultValue={search.from} />
        </label>
        <label>
          По дату
          <input type="date" name="to" defaultValue={search.to} />
        </label>
        <label>
          Сортировка
          <select name="sort" defaultValue={search.sort ?? 'updated'}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Показать</button>
      </form>
      {list.rows.length === 0 ? (
        <p>Материалов по этим условиям нет.</p>
      ) : (
        <table className="articles-table">
          <thead>
            <tr>
              <th scope="col">Заголовок</th>
              <th scope="col">Язык</th>
              <th scope="col">Статус</th>
              <th scope="col">Рубрика</th>
              <th scope="col">Авторы</th>
              <th scope="col">Публикация</th>
              <th scope="col">Изменено</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/articles/${a.id}`}>{a.title || 'Без заголовка'}</Link>
                </td>
                <td>
                  <LocaleBadge locale={a.locale} />
                  {a.translated && (
                    <span className={styles.translated} title="Связан с переводом">
                      {' '}
                      ⇄
                    </span>
                  )}
                </td>
                <td>{STATUS_NAMES[a.status]}</td>
                <td>{a.rubric ?? '—'}</td>
                <td>{a.authors ?? '—'}</td>
                <td>{a.publishAt ? formatDateTime(a.publishAt) : '—'}</td>
                <td>{formatDateTime(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className={styles.pager} aria-label="Страницы">
        {list.page > 1 && <Link href={pageLink(list.page - 1)}>← Назад</Link>}
        <span>Страница {list.page}</span>
        {list.hasMore && <Link href={pageLink(list.page + 1)}>Дальше →</Link>}
      </nav>
    </>
  );
}
