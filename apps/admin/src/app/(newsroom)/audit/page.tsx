import { startOfZonedDay } from '@vestnik/content/dates';
import { listAuditLog } from '@vestnik/db/queries/audit';
import { listUsers } from '@vestnik/db/queries/users';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditSummary } from '@/components/audit/audit-summary';
import { IgnoredFilters } from '@/components/ui/ignored-filters';
import ui from '@/components/ui/ui.module.css';
import { env } from '@/env';
import { ACTION_NAMES, actionName } from '@/lib/audit-summary';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import {
  choiceParam,
  dayParam,
  idParam,
  type RawParam,
  readSearch,
  textParam,
} from '@/lib/search-params';
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

const FILTERS = {
  user: idParam,
  entity: (raw: RawParam) => choiceParam(raw, Object.keys(ENTITY_TYPES)),
  action: (raw: RawParam) => textParam(raw, 100),
  from: dayParam,
  to: dayParam,
  before: idParam,
};
const LABELS = {
  user: 'Сотрудник',
  entity: 'Объект',
  action: 'Действие',
  from: 'С',
  to: 'По',
  before: 'Страница',
};

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, RawParam>>;
}) {
  const { values: search, invalid } = readSearch(await searchParams, FILTERS);
  await requirePermission('audit.view');
  const zone = env().SITE_TIMEZONE;
  const day = (value: string | undefined) =>
    value ? (startOfZonedDay(value, zone) ?? undefined) : undefined;
  const to = day(search.to);
  const database = db();
  const [rows, users] = await Promise.all([
    listAuditLog(database, {
      limit: PAGE + 1,
      userId: search.user,
      entityType: search.entity,
      action: search.action,
      from: day(search.from),
      // The "to" day is inclusive: entries before the start of the next day.
      to: to ? new Date(to.getTime() + 86_400_000) : undefined,
      beforeId: search.before,
    }),
    listUsers(database),
  ]);
  const entries = rows.slice(0, PAGE);
  const { before: _, ...rest } = search;
  const filters = Object.fromEntries(
    Object.entries(rest)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  const last = entries.at(-1);
  const next =
    rows.length > PAGE && last
      ? `?${new URLSearchParams({ ...filters, before: String(last.id) })}`
      : undefined;
  return (
    <>
      <h1>Журнал действий</h1>
      <IgnoredFilters invalid={invalid} labels={LABELS} />
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
          {/* Free text (a code such as tag.merge), with the known actions offered by name. */}
          <input name="action" list="audit-actions" defaultValue={search.action} />
          <datalist id="audit-actions">
            {Object.entries(ACTION_NAMES).map(([code, name]) => (
              <option key={code} value={code} label={name} />
            ))}
          </datalist>
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
              <td>{actionName(entry.action)}</td>
              <td>
                {ENTITY_TYPES[entry.entityType as keyof typeof ENTITY_TYPES] ?? entry.entityType}{' '}
                {entry.entityId && `№ ${entry.entityId}`}
              </td>
              <td>
                <AuditSummary summary={entry.summary} entityType={entry.entityType} />
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
