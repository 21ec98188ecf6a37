import { env } from '@/env';
import { MONTHS_GENITIVE } from './archive-dates';
import type { Edition } from './edition';

let parts: Intl.DateTimeFormat | undefined;

/** Day, month, year, hour and minute of an instant in the site's time zone. */
function partsOf(date: Date) {
  parts ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: env().SITE_TIMEZONE,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const all = parts.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? '';
  return {
    day: Number(get('day')),
    month: Number(get('month')),
    year: Number(get('year')),
    time: `${get('hour')}:${get('minute')}`,
  };
}

/**
 * "12 мая 2016" / "12 мамыр 2016". Month names come from our own tables (archive-dates), not from
 * Intl: the archive prints the same words, and ICU's Kazakh pattern ("2016 ж. 12 мамыр") is not
 * how Kazakh newspapers date an article.
 */
export function formatDate(date: Date, edition: Edition): string {
  const { day, month, year } = partsOf(date);
  return `${day} ${MONTHS_GENITIVE[edition][month - 1]} ${year}`;
}

/** "12 мая 2016, 15:40" in the site's time zone. */
export function formatDateTime(date: Date, edition: Edition): string {
  return `${formatDate(date, edition)}, ${partsOf(date).time}`;
}

/** "15:40" in the site's time zone (the same in both editions). */
export function formatTime(date: Date): string {
  return partsOf(date).time;
}
