import type { ReactNode } from 'react';
import { ArchivePicker } from '@/components/archive/archive-picker';
import { PopularBlock } from '@/components/popular/popular-block';
import type { ArchiveDate } from '@/lib/archive-dates';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import styles from './listing-layout.module.css';

type ListingLayoutProps = {
  children: ReactNode;
  edition: Edition;
  aside?: ReactNode;
  /** The popular page itself does not repeat "Популярное" on the side. */
  withPopular?: boolean;
  /** On archive pages the picker starts at the date being read. */
  archiveDate?: ArchiveDate;
};

/** Main column plus the newspaper's side column (Популярное, Архив); stacks on phones. */
export function ListingLayout({
  children,
  edition,
  aside,
  withPopular = true,
  archiveDate,
}: ListingLayoutProps) {
  return (
    <div className={styles.layout}>
      <div className={styles.main}>{children}</div>
      <aside className={styles.aside} aria-label={messages(edition).listing.aside}>
        {aside}
        {withPopular && <PopularBlock edition={edition} />}
        <ArchivePicker edition={edition} selected={archiveDate} />
      </aside>
    </div>
  );
}
