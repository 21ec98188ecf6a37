import type { ArchiveDayCount } from '@vestnik/db/queries/archive';
import Link from 'next/link';
import {
  archiveDayPath,
  archiveMonthPath,
  formatCalendarDay,
  formatDay,
  MONTHS_NOMINATIVE,
  monthName,
  monthWeeks,
  shiftMonth,
  WEEKDAYS,
} from '@/lib/archive-dates';
import type { Edition } from '@/lib/edition';
import { messages } from '@/lib/i18n';
import { articleWord } from '@/lib/plural';
import styles from './month-calendar.module.css';

type MonthCalendarProps = {
  year: number;
  month: number;
  counts: ArchiveDayCount[];
  edition: Edition;
  /** The day being shown, highlighted. */
  selected?: number;
  /** Small sidebar version: no counts under the numbers. */
  compact?: boolean;
};

/** A Monday-first month grid; days with news link to their day page and show how many. */
export function MonthCalendar({
  year,
  month,
  counts,
  edition,
  selected,
  compact,
}: MonthCalendarProps) {
  const t = messages(edition).archive;
  const title = `${monthName(month, edition)} ${year}`;
  const byDay = new Map(counts.map((c) => [c.day, c.count]));
  const previous = shiftMonth(year, month, -1);
  const next = shiftMonth(year, month, 1);
  return (
    <div className={compact ? `${styles.calendar} ${styles.compact}` : styles.calendar}>
      <nav className={styles.head} aria-label={t.neighbourMonths}>
        <Link
          href={archiveMonthPath(edition, previous.year, previous.month)}
          rel="prev"
          className={styles.shift}
        >
          <span aria-hidden="true">‹ </span>
          {MONTHS_NOMINATIVE[edition][previous.month - 1]}
          {previous.year !== year && ` ${previous.year}`}
        </Link>
        <Link href={archiveMonthPath(edition, year, month)} className={styles.title}>
          {title}
        </Link>
        <Link
          href={archiveMonthPath(edition, next.year, next.month)}
          rel="next"
          className={styles.shift}
        >
          {MONTHS_NOMINATIVE[edition][next.month - 1]}
          {next.year !== year && ` ${next.year}`}
          <span aria-hidden="true"> ›</span>
        </Link>
      </nav>
      <table className={styles.grid}>
        <caption className="visually-hidden">{t.daysWithNews(title)}</caption>
        <thead>
          <tr>
            {WEEKDAYS[edition].map(([short, full]) => (
              <th key={short} scope="col" abbr={full}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week) => (
            <tr key={week[0]!.key}>
              {week.map(({ key, day }) => {
                if (day === null) return <td key={key} />;
                const date = { year, month, day };
                const count = byDay.get(formatDay(date));
                const current = day === selected;
                return (
                  <td key={key} className={current ? styles.selected : undefined}>
                    {count ? (
                      <Link
                        href={archiveDayPath(edition, date)}
                        aria-current={current ? 'date' : undefined}
                        className={styles.day}
                      >
                        {/* The visible "12" and "5" read as "12 мая 2016, 5 материалов". */}
                        <span className={styles.number}>{day}</span>
                        <span className="visually-hidden">
                          {' '}
                          {formatCalendarDay(date, edition).slice(String(day).length)},
                        </span>{' '}
                        <span className={compact ? 'visually-hidden' : styles.count}>
                          {count}
                          <span className="visually-hidden"> {articleWord(count, edition)}</span>
                        </span>
                      </Link>
                    ) : (
                      <span className={`${styles.day} ${styles.empty}`}>
                        <span className={styles.number}>{day}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
