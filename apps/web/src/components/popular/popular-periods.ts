import type { PopularPeriod } from '@vestnik/db/queries/popular';

/** Tab order and labels of "Популярное"; `all` first because it never comes up empty. */
export const POPULAR_TABS: { period: PopularPeriod; label: string; heading: string }[] = [
  { period: 'all', label: 'Все', heading: 'за всё время' },
  { period: 'day', label: 'День', heading: 'за день' },
  { period: 'week', label: 'Неделя', heading: 'за неделю' },
  { period: 'month', label: 'Месяц', heading: 'за месяц' },
];

export function popularHref(period: PopularPeriod): string {
  return period === 'all' ? '/popular' : `/popular?period=${period}`;
}
