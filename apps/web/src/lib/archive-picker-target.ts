import {
  archiveDayPath,
  archiveMonthPath,
  daysInMonth,
  parseMonth,
  parseYear,
} from '@/lib/archive-dates';
import { type Edition, inEdition } from '@/lib/edition';

type Query = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? '';

/**
 * Where the archive picker's GET form leads: the day, else the month, else the year page. A day
 * past the month's end (31 February) is clamped rather than refused: the reader meant that month.
 */
export function pickerTarget(query: Query, edition: Edition): string | undefined {
  const year = parseYear(first(query.year));
  if (year === undefined) return undefined;
  const month = parseMonth(first(query.month).padStart(2, '0'));
  if (month === undefined) return inEdition(edition, `/archive/${year}`);
  const day = Number(first(query.day));
  if (!Number.isInteger(day) || day < 1) return archiveMonthPath(edition, year, month);
  return archiveDayPath(edition, { year, month, day: Math.min(day, daysInMonth(year, month)) });
}
