import { env } from '@/env';

const cache = new Map<string, Intl.DateTimeFormat>();

function format(options: Intl.DateTimeFormatOptions, date: Date): string {
  const key = JSON.stringify(options);
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('ru-RU', { timeZone: env().SITE_TIMEZONE, ...options });
    cache.set(key, formatter);
  }
  return formatter.format(date);
}

/** "12 мая 2016, 15:40" in the site's time zone. */
export function formatDateTime(date: Date): string {
  const day = format({ day: 'numeric', month: 'long', year: 'numeric' }, date).replace(' г.', '');
  return `${day}, ${format({ hour: '2-digit', minute: '2-digit' }, date)}`;
}

export function formatDate(date: Date): string {
  return format({ day: 'numeric', month: 'long', year: 'numeric' }, date).replace(' г.', '');
}

export function formatTime(date: Date): string {
  return format({ hour: '2-digit', minute: '2-digit' }, date);
}
