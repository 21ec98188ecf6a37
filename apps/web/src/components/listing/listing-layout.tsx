import type { ReactNode } from 'react';
import { ArchivePicker } from '@/components/archive/archive-picker';
import { PopularBlock } from '@/components/popular/popular-block';
import type { ArchiveDate } from '@/lib/archive-dates';
import styles from './listing-layout.module.css';

type ListingLayoutProps = {
  children: ReactNode;
  aside?: ReactNode;
  /** The popular page itself does not repeat "Популярное" on the side. */
  withPopular?: boolean;
  /** On archive pages the picker starts at the date being read. */
  archiveDate?: ArchiveDate;
};

/** Main column plus the newspaper's side column (Популярное, Архив); stacks on phones. */
export function ListingLayout({
  children,
  aside,
  withPopular = true,
  archiveDate,
}: ListingLayoutProps) {
  return (
    <div className={styles.layout}>
      <div className={styles.main}>{children}</div>
      <aside className={styles.aside} aria-label="Дополнительно">
        {aside}
        {withPopular && <PopularBlock />}
        <ArchivePicker selected={archiveDate} />
      </aside>
    </div>
  );
}
