import { env } from '@/env';

let formatter: Intl.DateTimeFormat | undefined;

/** The calendar day (YYYY-MM-DD) of an instant in the site's time zone: views are archived by it. */
export function siteDay(instant: Date): string {
  formatter ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: env().SITE_TIMEZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return formatter.format(instant);
}
