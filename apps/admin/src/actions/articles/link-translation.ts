'use server';

import { tags } from '@vestnik/cache/tags';
import { linkTranslation as linkTranslationRows } from '@vestnik/db/queries/translations';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { loadEditableArticle } from '@/lib/articles/access';
import { idSchema } from '@/lib/articles/input-schema';
import { mayTranslate, translationRefusal } from '@/lib/articles/translation-access';

/**
 * Links the article open in the editor to an existing article of the other language as its
 * translation (both then carry hreflang to each other on the site). One transaction: both rows
 * are locked, so two editors linking one article to two translations at once cannot both win.
 */
export const linkTranslation = defineAction({
  schema: z.object({ id: idSchema, translationId: idSchema }),
  permission: 'article.translate',
  run: async ({ input, user, tx }) => {
    const access = await loadEditableArticle(tx, user, input.id);
    if (!access.ok) return access;
    const article = access.article;
    if (input.translationId !== article.id) {
      const allowed = await mayTranslate(tx, user, input.translationId);
      if (allowed !== true) return allowed;
    }
    const result = await linkTranslationRows(tx, {
      articleId: article.id,
      translationId: input.translationId,
    });
    if (!result.ok) {
      return translationRefusal(result.reason, {
        locale: article.locale,
        translationTitle: result.translation?.title,
        other: result.other,
      });
    }
    const { translation } = result;
    return {
      ok: true,
      data: { id: translation.id, title: translation.title, locale: translation.locale },
      ...(result.alreadyLinked
        ? {}
        : {
            audit: {
              action: 'article.translation.link',
              entityType: 'article',
              entityId: article.id,
              summary: {
                before: { translationId: null },
                after: { translationId: translation.id },
                locale: translation.locale,
              },
            },
            // Both pages gain the alternate link (hreflang) to the other.
            revalidate: [tags.article(article.id), tags.article(translation.id)],
          }),
    };
  },
});
