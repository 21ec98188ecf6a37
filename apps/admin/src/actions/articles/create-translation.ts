'use server';

import { tags } from '@vestnik/cache/tags';
import { recordArticleRevision } from '@vestnik/db/queries/revisions';
import { createTranslationDraft } from '@vestnik/db/queries/translations';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { idSchema } from '@/lib/articles/input-schema';
import { mayTranslate, translationRefusal } from '@/lib/articles/translation-access';

/**
 * «Создать перевод»: a new draft in the other language, prefilled from the article (title, lead,
 * body, rubric, tags, sources, hero image, byline) and linked to it as its translation. Authors
 * may translate their own articles (in any status: the original is not changed, only linked).
 */
export const createTranslation = defineAction({
  schema: z.object({ id: idSchema }),
  permission: 'article.translate',
  run: async ({ input, user, tx }) => {
    const allowed = await mayTranslate(tx, user, input.id);
    if (allowed !== true) return allowed;
    const created = await createTranslationDraft(tx, { sourceId: input.id, userId: user.id });
    if (!created.ok) {
      return translationRefusal(created.reason, { locale: 'ru', other: created.other });
    }
    await recordArticleRevision(tx, { articleId: created.id, userId: user.id });
    return {
      ok: true,
      data: { id: created.id, slug: created.slug, locale: created.locale },
      audit: {
        action: 'article.translation.create',
        entityType: 'article',
        entityId: created.id,
        summary: {
          after: { title: created.source.title, slug: created.slug, locale: created.locale },
          translationOf: created.source.id,
        },
      },
      revalidate: [tags.article(created.source.id), tags.article(created.id)],
    };
  },
});
