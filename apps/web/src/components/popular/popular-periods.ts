import type { PopularPeriod } from '@vestnik/db/queries/popular';
import { type Edition, inEdition } from '@/lib/edition';

/** Tab order of "Популярное" (labels: lib/i18n); `all` first because it never comes up empty. */
export const POPULAR_PERIOD_ORDER: readonly PopularPeriod[] = ['all', 'day', 'week', 'month'];

export function popularHref(edition: Edition, period: PopularPeriod): string {
  return inEdition(edition, period === 'all' ? '/popular' : `/popular?period=${period}`);
}
