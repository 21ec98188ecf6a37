import { type Edition, inEdition } from './edition';

/**
 * Calendar arithmetic for the archive. Days are plain YYYY-MM-DD strings of the site time zone;
 * UTC Date objects are used only as a calendar (never as instants), so no time zone leaks in.
 */
export type CalendarDay = { year: number; month: number; day: number };
/** A month, or a day of it: where the archive picker starts. */
export type ArchiveDate = { year: number; month: number; day?: number };

/** Month names as a heading ("Май 2016", "Мамыр 2016"). */
export const MONTHS_NOMINATIVE: Record<Edition, readonly string[]> = {
  ru: [
    'Январь',
    'Февраль',
    'Март',
    'Апрель',
    'Май',
    'Июнь',
    'Июль',
    'Август',
    'Сентябрь',
    'Октябрь',
    'Ноябрь',
    'Декабрь',
  ],
  kk: [
    'Қаңтар',
    'Ақпан',
    'Наурыз',
    'Сәуір',
    'Мамыр',
    'Маусым',
    'Шілде',
    'Тамыз',
    'Қыркүйек',
    'Қазан',
    'Қараша',
    'Желтоқсан',
  ],
};

/**
 * Month names inside a date ("12 мая 2016"): Russian declines them; Kazakh does not ("12 мамыр
 * 2016"), so its list is the nominative in lower case.
 */
export const MONTHS_GENITIVE: Record<Edition, readonly string[]> = {
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  kk: MONTHS_NOMINATIVE.kk.map((name) => name.toLowerCase()),
};

/** Monday-first weekday names: short and full (the calendar's column headers). */
export const WEEKDAYS: Record<Edition, readonly (readonly [string, string])[]> = {
  ru: [
    ['Пн', 'понедельник'],
    ['Вт', 'вторник'],
    ['Ср', 'среда'],
    ['Чт', 'четверг'],
    ['Пт', 'пятница'],
    ['Сб', 'суббота'],
    ['Вс', 'воскресенье'],
  ],
  kk: [
    ['Дс', 'дүйсенбі'],
    ['Сс', 'сейсенбі'],
    ['Ср', 'сәрсенбі'],
    ['Бс', 'бейсенбі'],
    ['Жм', 'жұма'],
    ['Сн', 'сенбі'],
    ['Жс', 'жексенбі'],
  ],
};

/** The archive covers from 1990 on; anything outside is a mistyped URL, not a date to query. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, '0');

export function monthName(month: number, edition: Edition): string {
  return MONTHS_NOMINATIVE[edition][month - 1] ?? '';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay({ year, month, day }: CalendarDay): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function daysOfMonth(year: number, month: number): string[] {
  return Array.from({ length: daysInMonth(year, month) }, (_, i) =>
    formatDay({ year, month, day: i + 1 }),
  );
}

/** Strict parsing of URL segments: "2016", "05", "12" — anything else is not an archive page. */
export function parseYear(segment: string): number | undefined {
  if (!/^\d{4}$/.test(segment)) return undefined;
  const year = Number(segment);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

export function parseMonth(segment: string): number | undefined {
  if (!/^\d{2}$/.test(segment)) return undefined;
  const month = Number(segment);
  return month >= 1 && month <= 12 ? month : undefined;
}

export function parseDay(year: number, month: number, segment: string): number | undefined {
  if (!/^\d{2}$/.test(segment)) return undefined;
  const day = Number(segment);
  return day >= 1 && day <= daysInMonth(year, month) ? day : undefined;
}

export function parseIsoDay(value: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const year = parseYear(match[1]!);
  const month = parseMonth(match[2]!);
  if (year === undefined || month === undefined) return undefined;
  const day = parseDay(year, month, match[3]!);
  return day === undefined ? undefined : { year, month, day };
}

export function archiveMonthPath(edition: Edition, year: number, month: number): string {
  return inEdition(edition, `/archive/${year}/${pad(month)}`);
}

export function archiveDayPath(edition: Edition, day: CalendarDay): string {
  return inEdition(edition, `/archive/${day.year}/${pad(day.month)}/${pad(day.day)}`);
}

/** "12 мая 2016" / "12 мамыр 2016" for a calendar day. */
export function formatCalendarDay({ year, month, day }: CalendarDay, edition: Edition): string {
  return `${day} ${MONTHS_GENITIVE[edition][month - 1]} ${year}`;
}

export function shiftMonth(year: number, month: number, by: number) {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A calendar cell: a day of the month, or padding (day null) with a stable key. */
export type CalendarCell = { key: string; day: number | null };

/** Weeks of a month, Monday first; cells of neighbouring months are padding. */
export function monthWeeks(year: number, month: number): CalendarCell[][] {
  const offset = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: CalendarCell[] = [
    ...Array.from({ length: offset }, (_, i) => ({ key: `before-${i}`, day: null })),
    ...Array.from({ length: daysInMonth(year, month) }, (_, i) => ({
      key: `day-${i + 1}`,
      day: i + 1,
    })),
  ];
  for (let i = 0; cells.length % 7 !== 0; i++) cells.push({ key: `after-${i}`, day: null });
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}
