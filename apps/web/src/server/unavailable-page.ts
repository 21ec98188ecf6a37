import { unavailablePage } from '@vestnik/content/server-unavailable';
import { env } from '../env.ts';

/** What a reader sees for a page the site cannot serve while its database is away. */
export function siteUnavailablePage(): string {
  const name = env().SITE_NAME;
  return unavailablePage({
    title: `Сайт временно недоступен — ${name}`,
    heading: 'Сайт временно недоступен',
    text: 'Эта страница сейчас не может быть показана: мы уже восстанавливаем работу. Попробуйте обновить её через минуту — остальные материалы, которые вы открывали недавно, по-прежнему доступны.',
    link: { href: '/', label: 'На главную' },
  });
}
