import { zonedDay } from '@vestnik/content/dates';
import { env } from '@/env';

/** The calendar day (YYYY-MM-DD) of an instant in the site's time zone: views are archived by it. */
export function siteDay(instant: Date): string {
  return zonedDay(instant, env().SITE_TIMEZONE);
}
