import { getArticleVersionInfo } from '@vestnik/db/queries/article-editor';
import type { Executor } from '@vestnik/db/queries/audit';
import { env } from '@/env';
import { STALE_ERROR_PREFIX } from './stale';

/** The message for a save refused because somebody saved a newer version first. */
export async function staleVersionMessage(tx: Executor, id: number): Promise<string> {
  const info = await getArticleVersionInfo(tx, { id });
  const time = info
    ? new Intl.DateTimeFormat('ru-RU', {
        timeZone: env().SITE_TIMEZONE,
        hour: '2-digit',
        minute: '2-digit',
      }).format(info.updatedAt)
    : '';
  const who = info?.editor ?? 'другой сотрудник';
  return `${STALE_ERROR_PREFIX} (${who}, в ${time}). Ваши изменения не сохранены: откройте свежую версию или скопируйте свой текст.`;
}
