import { zonedDayStart } from '@vestnik/content/dates';
import { listDashboardQueues } from '@vestnik/db/queries/article-editor-list';
import { countArticlesByStatus, listRecentlyUpdatedArticles } from '@vestnik/db/queries/dashboard';
import Link from 'next/link';
import { TopArticles } from '@/components/dashboard/top-articles';
import { ViewsChart } from '@/components/dashboard/views-chart';
import { env } from '@/env';
import { STATUS_NAMES } from '@/lib/articles/status-names';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { can } from '@/lib/permissions';
import { requireUser } from '@/lib/session';

const COUNT_NAMES = {
  draft: 'Черновики',
  review: 'На проверке',
  scheduled: 'Запланированы',
  published: 'Опубликованы',
  archived: 'В архиве',
} as const;

type QueueItem = {
  id: number;
  title: string;
  publishAt: Date | null;
  updatedAt: Date;
  authors: string | null;
};

function Queue(props: {
  title: string;
  items: QueueItem[];
  empty: string;
  time: 'publish' | 'updated';
}) {
  return (
    <section className="queue" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.items.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <ul>
          {props.items.map((a) => {
            const when = props.time === 'publish' ? a.publishAt : a.updatedAt;
            return (
              <li key={a.id}>
                <Link href={`/articles/${a.id}`}>{a.title || 'Без заголовка'}</Link>
                <small>
                  {' '}
                  {a.authors ?? ''}
                  {when ? ` · ${formatDateTime(when)}` : ''}
                </small>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

type DashboardProps = { searchParams: Promise<{ denied?: string }> };

export default async function DashboardPage({ searchParams }: DashboardProps) {
  // requirePermission sends refused requests here with ?denied=1; say why instead of silence.
  const { denied } = await searchParams;
  const user = await requireUser();
  const database = db();
  // Authors see their own work; editors and admins the whole newsroom.
  const ownOnly = !can(user.role, 'article.viewAll');
  const authorId = ownOnly ? user.id : undefined;
  const [counts, recent, queues] = await Promise.all([
    countArticlesByStatus(database),
    listRecentlyUpdatedArticles(database, { limit: 20, authorId }),
    listDashboardQueues(database, {
      userId: user.id,
      ownOnly,
      dayStart: zonedDayStart(new Date(), env().SITE_TIMEZONE),
      limit: 10,
    }),
  ]);
  return (
    <>
      <h1>Рабочий стол</h1>
      {denied && (
        <p role="alert" className="form-error">
          У вас нет прав для этого раздела. Если они нужны, обратитесь к администратору.
        </p>
      )}
      <ul className="status-counts">
        {(Object.keys(COUNT_NAMES) as (keyof typeof COUNT_NAMES)[]).map((status) => (
          <li key={status}>
            <span className="count">{counts[status] ?? 0}</span> {COUNT_NAMES[status]}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/articles/new">Новый материал</Link> ·{' '}
        <Link href="/articles">Все материалы</Link>
      </p>
      <div className="queues">
        <Queue
          title="Мои черновики"
          items={queues.myDrafts}
          empty="Черновиков нет."
          time="updated"
        />
        <Queue title="Ждут проверки" items={queues.review} empty="Очередь пуста." time="updated" />
        <Queue
          title="Запланированы"
          items={queues.scheduled}
          empty="Ничего не запланировано."
          time="publish"
        />
        <Queue
          title="Опубликованы сегодня"
          items={queues.publishedToday}
          empty="Сегодня ещё ничего не вышло."
          time="publish"
        />
      </div>
      <ViewsChart />
      <TopArticles />
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
              <td>
                <Link href={`/articles/${article.id}`}>{article.title}</Link>
              </td>
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
