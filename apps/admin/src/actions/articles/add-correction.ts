'use server';

import { tags } from '@vestnik/cache/tags';
import { getArticleForEdit } from '@vestnik/db/queries/article-editor';
import { addCorrection as insertCorrection } from '@vestnik/db/queries/corrections';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { NOT_FOUND } from '@/lib/articles/access';
import { articleCacheTags } from '@/lib/articles/cache-tags';
import { idSchema } from '@/lib/articles/input-schema';

/** A dated public note under a published article ("Исправлено: …"). */
export const addCorrection = defineAction({
  schema: z.object({
    articleId: idSchema,
    text: z
      .string()
      .trim()
      .min(5, 'Опишите исправление (не короче 5 символов).')
      .max(2000, 'Исправление длиннее 2000 символов.'),
  }),
  permission: 'correction.add',
  run: async ({ input, user, tx }) => {
    const article = await getArticleForEdit(tx, { id: input.articleId });
    if (!article) return { ok: false, error: NOT_FOUND };
    if (!article.firstPublishedAt) {
      return { ok: false, error: 'Исправления добавляют только к опубликованным материалам.' };
    }
    const row = await insertCorrection(tx, { ...input, userId: user.id });
    return {
      ok: true,
      data: { id: row.id, createdAt: row.createdAt.toISOString() },
      audit: {
        action: 'article.correction',
        entityType: 'article',
        entityId: article.id,
        summary: { after: { correctionId: row.id, text: input.text } },
      },
      // Only the article's own page shows corrections.
      revalidate: articleCacheTags(article.id, article).filter(
        (t) => t === tags.article(article.id),
      ),
    };
  },
});
