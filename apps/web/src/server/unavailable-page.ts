import type { IncomingMessage } from 'node:http';
import { unavailablePage } from '@vestnik/content/server-unavailable';
import { env } from '../env.ts';

const TEXT = {
  ru: {
    heading: 'Сайт временно недоступен',
    text: 'Эта страница сейчас не может быть показана: мы уже восстанавливаем работу. Попробуйте обновить её через минуту — остальные материалы, которые вы открывали недавно, по-прежнему доступны.',
    link: { href: '/', label: 'На главную' },
  },
  kk: {
    heading: 'Сайт уақытша қолжетімсіз',
    text: 'Бұл бетті қазір көрсету мүмкін емес: жұмысты қалпына келтіріп жатырмыз. Бір минуттан кейін бетті жаңартып көріңіз — жақында ашқан басқа материалдарыңыз әлі де қолжетімді.',
    link: { href: '/kk', label: 'Басты бетке' },
  },
};

/**
 * What a reader sees for a page the site cannot serve while its database is away, in the
 * language of the edition the address belongs to.
 */
export function siteUnavailablePage(req: IncomingMessage): string {
  const edition = /^\/kk(?:[/?]|$)/.test(req.url ?? '') ? 'kk' : 'ru';
  const t = TEXT[edition];
  return unavailablePage({
    title: `${t.heading} — ${env().SITE_NAME}`,
    heading: t.heading,
    text: t.text,
    link: t.link,
    lang: edition,
  });
}
