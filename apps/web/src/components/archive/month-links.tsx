import type { ArchiveMonth } from '@vestnik/db/queries/archive';
import Link from 'next/link';
import { archiveMonthPath, MONTHS_NOMINATIVE } from '@/lib/archive-dates';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { countArticles } from '@/lib/plural';
import styles from './month-links.module.css';

type MonthLinksProps = {
  year: number;
  months: ArchiveMonth[];
  edition: Edition;
  large?: boolean;
};

/** The twelve months of a year; those with news link to their calendar and show a count. */
export function MonthCalendarLinks({ year, months, edition, large }: MonthLinksProps) {
  const counts = new Map(months.map((m) => [m.month, m.count]));
  return (
    <ol className={large ? `${styles.months} ${styles.large}` : styles.months}>
      {MONTHS_NOMINATIVE[edition].map((name, i) => {
        const count = counts.get(i + 1);
        return (
          <li key={name}>
            {count ? (
              <Link href={archiveMonthPath(edition, year, i + 1)} className={styles.month}>
                <span className={styles.name}>{name}</span>
                <span className={styles.count}>{countArticles(count, edition)}</span>
              </Link>
            ) : (
              <span className={`${styles.month} ${styles.none}`}>
                <span className={styles.name}>{name}</span>
                {large && <span className={styles.count}>{messages(edition).archive.noNews}</span>}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
