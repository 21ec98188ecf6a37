'use server';

import { tags } from '@vestnik/cache/tags';
import { getMediaOwner, listArticlesUsingMedia, updateMediaText } from '@vestnik/db/queries/media';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { foreignKeyViolation } from '@/lib/db-errors';
import { id, optionalId, requiredText, text } from '@/lib/fields';
import { can } from '@/lib/permissions';

const SOURCE_MISSING = 'Фотоисточник не найден: возможно, его удалили. Выберите другой.';

export const updateMedia = defineAction({
  schema: z.object({
    id,
    alt: requiredText('Описание для незрячих (alt)', 300),
    caption: text('Подпись', 1000).default(''),
    credit: text('Автор фото', 200).default(''),
    photoSourceId: optionalId,
  }),
  permission: 'media.upload',
  async run({ input, user, tx }) {
    const current = await getMediaOwner(tx, { id: input.id });
    if (!current) return { ok: false, error: 'Изображение не найдено.' };
    // Authors may correct their own uploads; editing anyone's needs media.manage.
    if (current.uploadedBy !== user.id && !can(user.role, 'media.manage')) {
      return { ok: false, error: 'Можно изменять только свои изображения.' };
    }
    try {
      await tx.transaction((sp) => updateMediaText(sp, input));
    } catch (error) {
      if (foreignKeyViolation(error)) return { ok: false, error: SOURCE_MISSING };
      throw error;
    }
    const articles = await listArticlesUsingMedia(tx, { id: input.id });
    return {
      ok: true,
      data: undefined,
      audit: {
        action: 'media.update',
        entityType: 'media',
        entityId: input.id,
        summary: {
          // The same fields on both sides: the audit log lists only the ones that changed.
          before: {
            alt: current.alt,
            caption: current.caption,
            credit: current.credit,
            photoSourceId: current.photoSourceId,
          },
          after: {
            alt: input.alt,
            caption: input.caption,
            credit: input.credit,
            photoSourceId: input.photoSourceId,
          },
        },
      },
      revalidate: articles.map((a) => tags.article(a.id)),
    };
  },
});
