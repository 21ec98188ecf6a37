import { listMedia } from '@vestnik/db/queries/media';
import { listSourcesWithUsage } from '@vestnik/db/queries/sources';
import type { Metadata } from 'next';
import Link from 'next/link';
import styles from '@/components/media/media.module.css';
import { MediaCard } from '@/components/media/media-card';
import { UploadForm } from '@/components/media/upload-form';
import ui from '@/components/ui/ui.module.css';
import { db } from '@/lib/db';
import { can } from '@/lib/permissions';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Медиатека' };

const PAGE = 24;

export default async function MediaPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; before?: string }>;
}) {
  const search = await searchParams;
  const user = await requirePermission('media.upload');
  const database = db();
  const beforeId = Number(search.before) > 0 ? Number(search.before) : undefined;
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
