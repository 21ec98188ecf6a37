/**
 * Dates of the news in the site's time zone (SITE_TIMEZONE), whatever zone the server or the
 * editor's computer is in: archive days, view-count days, date filters and the wall-clock times
 * editors type. Pure, so the browser can use it too (the zone name is passed in). The one place
 * for this arithmetic: the apps and the seed all import it.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string, instant: number) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const out: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return out as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** How far the zone's clock is ahead of UTC at that instant, in ms. */
function zoneOffset(timeZone: string, instant: number): number {
  const p = partsIn(timeZone, instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-27T14:30" (a datetime-local value) in the zone → the instant; null if malformed. */
export function zonedInputToDate(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const first = wall - zoneOffset(timeZone, wall);
  // Around a DST change the offset at the guess may differ from the offset at the result.
  const second = wall - zoneOffset(timeZone, first);
  return new Date(second);
}

/** The instant as a datetime-local value in the zone. */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const p = partsIn(timeZone, date.getTime());
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar day in the zone, "2026-11-27": archive pages and their cache tags use it. */
export function zonedDay(date: Date, timeZone: string): string {
  return dateToZonedInput(date, timeZone).slice(0, 10);
}

/** Midnight of the day containing `date`, in the zone. */
export function zonedDayStart(date: Date, timeZone: string): Date {
  return zonedInputToDate(`${zonedDay(date, timeZone)}T00:00`, timeZone) ?? date;
}

/** The instant a calendar day ("2026-05-14") begins in the zone; null if malformed. */
export function startOfZonedDay(day: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const start = zonedInputToDate(`${day}T00:00`, timeZone);
  return start && zonedDay(start, timeZone) === day ? start : null;
}

/** The calendar day `days` after (or before, if negative) the given "YYYY-MM-DD". */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}
