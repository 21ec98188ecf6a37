import { listMedia } from '@vestnik/db/queries/media';
import { listSourcesWithUsage } from '@vestnik/db/queries/sources';
import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/media/media.module.css';
import { MediaCard } from '@/components/media/media-card';
import { UploadForm } from '@/components/media/upload-form';
import { IgnoredFilters } from '@/components/ui/ignored-filters';
import ui from '@/components/ui/ui.module.css';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { idParam, type RawParam, readSearch, textParam } from '@/lib/search-params';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Медиатека' };

const PAGE = 24;

const FILTERS = { q: (raw: RawParam) => textParam(raw, 200), before: idParam };
const LABELS = { q: 'Поиск', before: 'Страница' };

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, RawParam>>;
}) {
  const { values: search, invalid } = readSearch(await searchParams, FILTERS);
  const user = await requirePermission('media.upload');
  const database = db();
  const beforeId = search.before;
  const [rows, sources] = await Promise.all([
    listMedia(database, { limit: PAGE + 1, query: search.q, beforeId }),
    listSourcesWithUsage(database),
  ]);
  const items = rows.slice(0, PAGE);
  const sourceOptions = sources.map((s) => ({ id: s.id, name: s.name }));
  const last = items.at(-1);
  const next =
    rows.length > PAGE && last
      ? `?${new URLSearchParams({ ...(search.q ? { q: search.q } : {}), before: String(last.id) })}`
      : undefined;
  const manage = can(user.role, 'media.manage');
  return (
    <>
      <h1>Медиатека</h1>
      <IgnoredFilters invalid={invalid} labels={LABELS} />
      <section className={ui.panel} aria-labelledby="upload">
        <h2 id="upload">Загрузить изображение</h2>
        <UploadForm sources={sourceOptions} />
      </section>
      <search>
        <form className={ui.filters}>
          <label>
            Поиск по описанию, подписи, автору
            <input name="q" type="search" defaultValue={search.q} />
          </label>
          <button type="submit" className={ui.secondary}>
            Найти
          </button>
        </form>
      </search>
      {items.length === 0 && <p>Изображений не найдено.</p>}
      <ul className={styles.grid} aria-label="Изображения">
        {items.map((item) => (
          <MediaCard
            key={item.id}
            item={item}
            sources={sourceOptions}
            editable={manage || item.uploadedBy === user.id}
          />
        ))}
      </ul>
      <nav className={ui.pager} aria-label="Страницы">
        {(beforeId || search.q) && <Link href="/media">В начало</Link>}
        {next && <Link href={next}>Дальше →</Link>}
      </nav>
    </>
  );
}
