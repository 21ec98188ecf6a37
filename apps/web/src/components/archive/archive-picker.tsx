import { cacheLife } from 'next/cache';
import { ArchivePickerForm } from '@/components/islands/archive-picker-form';
import { type ArchiveDate, MONTHS_NOMINATIVE } from '@/lib/archive-dates';
import { cachedArchiveMonthsWithNews } from '@/lib/cached/archive';
import { life } from '@/lib/cached/lifetimes';
import { type Edition, inEdition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './archive-picker.module.css';

/**
 * "Архив": year → month → day. A plain GET form to /archive (which redirects to the day or month
 * page), so it works without JavaScript; the island narrows the choices to dates with news.
 * Rendered once per edition and selected day, and kept like «Популярное» (see PopularBlock).
 */
export async function ArchivePicker({
  edition,
  selected,
}: {
  edition: Edition;
  selected?: ArchiveDate;
}) {
  'use cache';
  cacheLife(life.overview);
  const months = await cachedArchiveMonthsWithNews(edition);
  const t = messages(edition).archive;
  if (months.length === 0) return null;
  // Starts at the day being read on an archive page, else at the newest month.
  const initial = selected ?? months[0]!;
  return (
    <section className={styles.block} aria-labelledby="archive-picker-heading">
      <h2 id="archive-picker-heading" className={styles.heading}>
        <a href={inEdition(edition, '/archive')}>{t.title}</a>
      </h2>
      <ArchivePickerForm
        months={months}
        initial={initial}
        action={inEdition(edition, '/archive')}
        monthNames={MONTHS_NOMINATIVE[edition]}
        labels={{
          year: t.year,
          month: t.month,
          day: t.day,
          wholeMonth: t.wholeMonth,
          show: t.show,
        }}
      />
    </section>
  );
}
