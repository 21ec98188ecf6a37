'use server';

import { tags } from '@vestnik/cache/tags';
import {
  getArticleTranslation,
  unlinkTranslation as unlinkTranslationRows,
} from '@vestnik/db/queries/translations';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { loadEditableArticle } from '@/lib/articles/access';
import { idSchema } from '@/lib/articles/input-schema';
import { mayTranslate } from '@/lib/articles/translation-access';

/** Unlinks the article from its translation; both stay as they are, each on its own. */
export const unlinkTranslation = defineAction({
  schema: z.object({ id: idSchema }),
  permission: 'article.translate',
  run: async ({ input, user, tx }) => {
    const access = await loadEditableArticle(tx, user, input.id);
    if (!access.ok) return access;
    const partner = await getArticleTranslation(tx, { articleId: input.id });
    if (partner) {
      const allowed = await mayTranslate(tx, user, partner.id);
      if (allowed !== true) return allowed;
    }
    const result = await unlinkTranslationRows(tx, { articleId: input.id });
    if (!result.ok) {
      return {
        ok: false,
        code: 'stale',
        error: 'У материала уже нет перевода: возможно, его отвязали. Обновите страницу.',
      };
    }
    return {
      ok: true,
      data: undefined,
      audit: {
        action: 'article.translation.unlink',
        entityType: 'article',
        entityId: input.id,
        summary: {
          before: { translationId: result.translation.id },
          after: { translationId: null },
        },
      },
      // Both pages lose the alternate link to the other.
      revalidate: result.ids.map((id) => tags.article(id)),
    };
  },
});
