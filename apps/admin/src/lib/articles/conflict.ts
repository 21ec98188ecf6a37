import { getArticleVersionInfo } from '@vestnik/db/queries/article-editor';
import type { Executor } from '@vestnik/db/queries/audit';
import { env } from '@/env';
import type { ActionError } from '@/lib/action';

/**
 * A save or a move refused because somebody saved a newer version first. The editor recognises
 * it by its code (`stale`) and opens the conflict view; the sentence says who and when.
 */
export async function staleRefusal(tx: Executor, id: number): Promise<ActionError> {
  const info = await getArticleVersionInfo(tx, { id });
  const time = info
    ? new Intl.DateTimeFormat('ru-RU', {
        timeZone: env().SITE_TIMEZONE,
        hour: '2-digit',
        minute: '2-digit',
      }).format(info.updatedAt)
    : '';
  const who = info?.editor ?? 'другой сотрудник';
  return {
    ok: false,
    code: 'stale',
    error: `Статья изменена другим редактором (${who}, в ${time}). Ваши изменения не сохранены: откройте свежую версию или скопируйте свой текст.`,
  };
}
