import { env } from '@/env';

export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat('ru-RU', {
    timeZone: env().SITE_TIMEZONE,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** "в 14:35 (через 12 мин.)" — when a locked-out login may be tried again. */
export function formatRetry(at: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((at.getTime() - now.getTime()) / 60_000));
  const time = new Intl.DateTimeFormat('ru-RU', {
    timeZone: env().SITE_TIMEZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return `в ${time} (через ${minutes} мин.)`;
}
