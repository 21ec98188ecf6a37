import type { ArticleDocument } from '@vestnik/content/document';
import { documentToPlainText } from '@vestnik/content/text';
import { listPersonNames } from '@vestnik/db/queries/article-bylines';
import { getArticleForEdit } from '@vestnik/db/queries/article-editor';
import { getArticleRevisions, listArticleRevisions } from '@vestnik/db/queries/revisions';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DiffView } from '@/components/article-editor/diff-view';
import { RestoreButton } from '@/components/article-editor/restore-button';
import { IgnoredFilters } from '@/components/ui/ignored-filters';
import { canViewArticle, loadEditableArticle } from '@/lib/articles/access';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { idParam, type RawParam, readSearch } from '@/lib/search-params';
import { requirePermission } from '@/lib/session';
import { diffWords } from '@/lib/word-diff';
import styles from './revisions.module.css';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, RawParam>>;
};

const FILTERS = { from: idParam, to: idParam };
const LABELS = { from: 'Сравнить версию', to: 'с версией' };

export const metadata: Metadata = { title: 'Версии материала' };

const plain = (body: unknown) => documentToPlainText(body as ArticleDocument);

export default async function RevisionsPage({ params, searchParams }: Props) {
  const [{ id: raw }, search] = await Promise.all([params, searchParams]);
  const { values: query, invalid } = readSearch(search, FILTERS);
  const user = await requirePermission('article.editOwn');
  const id = idParam(raw);
  const database = db();
  if (!id || !(await canViewArticle(database, user, id))) notFound();
  const article = await getArticleForEdit(database, { id });
  if (!article) notFound();
  const [revisions, editable] = await Promise.all([
    listArticleRevisions(database, { articleId: id, limit: 200 }),
    loadEditableArticle(database, user, id),
  ]);
  const to = query.to ?? revisions[0]?.version ?? 0;
  const from = query.from ?? revisions.find((r) => r.version < to)?.version ?? to;
  const pair = await getArticleRevisions(database, { articleId: id, versions: [from, to] });
  const older = pair.find((r) => r.version === from);
  const newer = pair.find((r) => r.version === to);
  const names = await listPersonNames(database, {
    ids: [...(older?.snapshot.authorIds ?? []), ...(newer?.snapshot.authorIds ?? [])],
  });
  // Revisions from before bylines were editable carry no authors: nothing to compare there.
  const byline = (ids: number[] | undefined) =>
    (ids ?? []).map((a) => names.get(a) ?? `№${a}`).join(', ');
  return (
    <>
      <p>
        <Link href={`/articles/${id}`}>← К редактированию</Link>
      </p>
      <h1>Версии: {article.title || 'без заголовка'}</h1>
      <IgnoredFilters invalid={invalid} labels={LABELS} />
      <form className={styles.compare} method="get">
        <label>
          Сравнить версию
          <select name="from" defaultValue={from}>
            {revisions.map((r) => (
              <option key={r.id} value={r.version}>
                {r.version}
              </option>
            ))}
          </select>
        </label>
        <label>
          с версией
          <select name="to" defaultValue={to}>
            {revisions.map((r) => (
              <option key={r.id} value={r.version}>
                {r.version}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Сравнить</button>
      </form>
      {older && newer && (
        <section className={styles.diff} aria-label={`Различия версий ${from} и ${to}`}>
          <h2>Заголовок</h2>
          <DiffView parts={diffWords(older.snapshot.title, newer.snapshot.title)} />
          <h2>Лид</h2>
          <DiffView parts={diffWords(older.snapshot.lead, newer.snapshot.lead)} />
          <h2>Текст</h2>
          <DiffView parts={diffWords(plain(older.snapshot.body), plain(newer.snapshot.body))} />
          {older.snapshot.authorIds && newer.snapshot.authorIds && (
            <>
              <h2>Авторы</h2>
              <DiffView
                parts={diffWords(
                  byline(older.snapshot.authorIds),
                  byline(newer.snapshot.authorIds),
                )}
              />
            </>
          )}
        </section>
      )}
      <table className="articles-table">
        <thead>
          <tr>
            <th scope="col">Версия</th>
            <th scope="col">Автор правки</th>
            <th scope="col">Время</th>
            <th scope="col">Действия</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.id}>
              <td>
                {r.version}
                {r.version === article.version ? ' (текущая)' : ''}
              </td>
              <td>{r.author ?? '—'}</td>
              <td>{formatDateTime(r.createdAt)}</td>
              <td>
                <Link href={`?from=${r.version}&to=${article.version}`}>Сравнить с текущей</Link>
                {editable.ok && r.version !== article.version && (
                  <RestoreButton id={id} version={article.version} revision={r.version} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
