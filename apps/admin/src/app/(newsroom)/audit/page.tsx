import { startOfZonedDay } from '@vestnik/content/dates';
import { listAuditLog } from '@vestnik/db/queries/audit';
import { listUsers } from '@vestnik/db/queries/users';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditSummary } from '@/components/audit/audit-summary';
import ui from '@/components/ui/ui.module.css';
import { env } from '@/env';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Журнал действий' };

const PAGE = 50;
const ENTITY_TYPES = {
  article: 'материал',
  media: 'изображение',
  source: 'источник',
  rubric: 'рубрика',
  tag: 'тег',
  user: 'пользователь',
};

type Search = {
  user?: string;
  entity?: string;
  action?: string;
  from?: string;
  to?: string;
  before?: string;
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  await requirePermission('audit.view');
  const zone = env().SITE_TIMEZONE;
  const to = search.to ? (startOfZonedDay(search.to, zone) ?? undefined) : undefined;
  const database = db();
  const [rows, users] = await Promise.all([
    listAuditLog(database, {
      limit: PAGE + 1,
      userId: Number(search.user) > 0 ? Number(search.user) : undefined,
      entityType: search.entity || undefined,
      action: search.action?.trim() || undefined,
      from: search.from ? (startOfZonedDay(search.from, zone) ?? undefined) : undefined,
      // The "to" day is inclusive: entries before the start of the next day.
      to: to ? new Date(to.getTime() + 86_400_000) : undefined,
      beforeId: Number(search.before) > 0 ? Number(search.before) : undefined,
    }),
    listUsers(database),
  ]);
  const entries = rows.slice(0, PAGE);
  const { before: _, ...filters } = search;
  const last = entries.at(-1);
  const next =
    rows.length > PAGE && last
      ? `?${new URLSearchParams({ ...filters, before: String(last.id) })}`
      : undefined;
  return (
    <>
      <h1>Журнал действий</h1>
      <form className={ui.filters}>
        <label>
          Сотрудник
          <select name="user" defaultValue={search.user ?? ''}>
            <option value="">все</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Объект
          <select name="entity" defaultValue={search.entity ?? ''}>
            <option value="">все</option>
            {Object.entries(ENTITY_TYPES).map(([type, name]) => (
              <option key={type} value={type}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Действие
          <input name="action" placeholder="например, tag.merge" defaultValue={search.action} />
        </label>
        <label>
          С
          <input name="from" type="date" defaultValue={search.from} />
        </label>
        <label>
          По
          <input name="to" type="date" defaultValue={search.to} />
        </label>
        <button type="submit" className={ui.secondary}>
          Показать
        </button>
      </form>
      <table className={ui.table}>
        <thead>
          <tr>
            <th scope="col">Когда</th>
            <th scope="col">Кто</th>
            <th scope="col">Действие</th>
            <th scope="col">Объект</th>
            <th scope="col">Изменения</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.createdAt)}</td>
              <td>
                {entry.user?.name ?? '—'}
                {entry.ip && <div className={ui.hint}>{entry.ip}</div>}
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>
                {ENTITY_TYPES[entry.entityType as keyof typeof ENTITY_TYPES] ?? entry.entityType}{' '}
                {entry.entityId && `№ ${entry.entityId}`}
              </td>
              <td>
                <AuditSummary summary={entry.summary} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p>Записей нет.</p>}
      <nav className={ui.pager} aria-label="Страницы">
        {search.before && <Link href={`?${new URLSearchParams(filters)}`}>В начало</Link>}
        {next && <Link href={next}>Дальше →</Link>}
      </nav>
    </>
  );
}
