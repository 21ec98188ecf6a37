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
} from '@/lib/archive-dates';
import { articleWord } from '@/lib/plural';
import styles from './month-calendar.module.css';

type MonthCalendarProps = {
  year: number;
  month: number;
  counts: ArchiveDayCount[];
  /** The day being shown, highlighted. */
  selected?: number;
  /** Small sidebar version: no counts under the numbers. */
  compact?: boolean;
};

const WEEKDAYS = [
  ['Пн', 'понедельник'],
  ['Вт', 'вторник'],
  ['Ср', 'среда'],
  ['Чт', 'четверг'],
  ['Пт', 'пятница'],
  ['Сб', 'суббота'],
  ['Вс', 'воскресенье'],
] as const;

/** A Monday-first month grid; days with news link to their day page and show how many. */
export function MonthCalendar({ year, month, counts, selected, compact }: MonthCalendarProps) {
  const byDay = new Map(counts.map((c) => [c.day, c.count]));
  const previous = shiftMonth(year, month, -1);
  const next = shiftMonth(year, month, 1);
  return (
    <div className={compact ? `${styles.calendar} ${styles.compact}` : styles.calendar}>
      <nav className={styles.head} aria-label="Соседние месяцы">
        <Link
          href={archiveMonthPath(previous.year, previous.month)}
          rel="prev"
          className={styles.shift}
        >
          <span aria-hidden="true">‹ </span>
          {MONTHS_NOMINATIVE[previous.month - 1]}
          {previous.year !== year && ` ${previous.year}`}
        </Link>
        <Link href={archiveMonthPath(year, month)} className={styles.title}>
          {monthName(month)} {year}
        </Link>
        <Link href={archiveMonthPath(next.year, next.month)} rel="next" className={styles.shift}>
          {MONTHS_NOMINATIVE[next.month - 1]}
          {next.year !== year && ` ${next.year}`}
          <span aria-hidden="true"> ›</span>
        </Link>
      </nav>
      <table className={styles.grid}>
        <caption className="visually-hidden">
          {monthName(month)} {year}: дни с публикациями
        </caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, full]) => (
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
                        href={archiveDayPath(date)}
                        aria-current={current ? 'date' : undefined}
                        className={styles.day}
                      >
                        {/* The visible "12" and "5" read as "12 мая 2016, 5 материалов". */}
                        <span className={styles.number}>{day}</span>
                        <span className="visually-hidden">
                          {' '}
                          {formatCalendarDay(date).slice(String(day).length)},
                        </span>{' '}
                        <span className={compact ? 'visually-hidden' : styles.count}>
                          {count}
                          <span className="visually-hidden"> {articleWord(count)}</span>
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
