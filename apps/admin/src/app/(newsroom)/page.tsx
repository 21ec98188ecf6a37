import { countArticlesByStatus, listRecentlyUpdatedArticles } from '@vestnik/db/queries/dashboard';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/session';

const STATUS_NAMES = {
  draft: 'Черновики',
  review: 'На проверке',
  scheduled: 'Запланированы',
  published: 'Опубликованы',
  archived: 'В архиве',
} as const;

export default async function DashboardPage() {
  const user = await requireUser();
  const database = db();
  // Authors see their own work; editors and admins the whole newsroom.
  const authorId = can(user.role, 'article.viewAll') ? undefined : user.id;
  const [counts, recent] = await Promise.all([
    countArticlesByStatus(database),
    listRecentlyUpdatedArticles(database, { limit: 20, authorId }),
  ]);
  return (
    <>
      <h1>Рабочий стол</h1>
      <ul className="status-counts">
        {(Object.keys(STATUS_NAMES) as (keyof typeof STATUS_NAMES)[]).map((status) => (
          <li key={status}>
            <span className="count">{counts[status] ?? 0}</span> {STATUS_NAMES[status]}
          </li>
        ))}
      </ul>
      <h2>Недавно изменённые материалы</h2>
      <table className="articles-table">
        <thead>
          <tr>
            <th scope="col">Заголовок</th>
            <th scope="col">Статус</th>
            <th scope="col">Автор</th>
            <th scope="col">Изменено</th>
          </tr>
        </thead>
        <tbody>
          {recent.map((article) => (
            <tr key={article.id}>
              <td>{article.title}</td>
              <td>{STATUS_NAMES[article.status]}</td>
              <td>{article.author ?? '—'}</td>
              <td>{formatDateTime(article.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
