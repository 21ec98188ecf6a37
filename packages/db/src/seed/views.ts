import { zonedDay } from '@vestnik/content/dates';

const DAY = 86_400_000;

/**
 * Spreads an article's total views over days the way news is read: most in the first days after
 * publication, halving daily, plus a long tail spread over the 30 days before `now` so that the
 * day/week/month popularity tabs have data. The parts always sum to `total`.
 */
export function spreadViews(
  total: number,
  publishedAt: Date,
  now: Date,
  timeZone: string,
): Map<string, number> {
  const days = new Map<string, number>();
  const add = (instant: Date, n: number) => {
    if (n <= 0) return;
    const key = zonedDay(instant, timeZone);
    days.set(key, (days.get(key) ?? 0) + n);
  };
  const tail = publishedAt.getTime() < now.getTime() - 30 * DAY ? Math.floor(total * 0.12) : 0;
  let remaining = total - tail;
  for (let i = 0; i < 14 && remaining > 0; i++) {
    const instant = new Date(publishedAt.getTime() + i * DAY);
    if (instant > now) break;
    const share = i === 13 ? remaining : Math.ceil(remaining / 2);
    add(instant, share);
    remaining -= share;
  }
  add(publishedAt, remaining);
  for (let i = 0, left = tail; i < 30 && left > 0; i++) {
    const share = i === 29 ? left : Math.ceil(left / (30 - i));
    add(new Date(now.getTime() - i * DAY), share);
    left -= share;
  }
  return days;
}
