'use server';

import { signPreviewToken } from '@vestnik/content/preview-token';
import { getArticleForEdit } from '@vestnik/db/queries/article-editor';
import { env } from '@/env';
import { defineAction, FORBIDDEN } from '@/lib/action';
import { canViewArticle, NOT_FOUND } from '@/lib/articles/access';
import { articleRefSchema } from '@/lib/articles/input-schema';

/** Long enough to send to a colleague, short enough that a leaked link soon stops working. */
const PREVIEW_TTL_MS = 2 * 60 * 60 * 1000;

/** A signed, expiring link that shows the unpublished article on the real site. */
export const createPreviewLink = defineAction({
  schema: articleRefSchema.partial({ version: true }),
  permission: 'article.editOwn',
  run: async ({ input, user, tx }) => {
    const { PREVIEW_SECRET, SITE_URL } = env();
    if (!PREVIEW_SECRET) {
      return { ok: false, error: 'Предпросмотр не настроен: задайте PREVIEW_SECRET.' };
    }
    const article = await getArticleForEdit(tx, { id: input.id });
    if (!article) return { ok: false, error: NOT_FOUND };
    if (!(await canViewArticle(tx, user, input.id))) return { ok: false, error: FORBIDDEN };
    const expiresAt = new Date(Date.now() + PREVIEW_TTL_MS);
    const token = signPreviewToken({ articleId: article.id, expiresAt }, PREVIEW_SECRET);
    return {
      ok: true,
      data: {
        url: new URL(`/preview/${token}`, SITE_URL).toString(),
        expiresAt: expiresAt.toISOString(),
      },
      audit: { action: 'article.preview', entityType: 'article', entityId: article.id },
    };
  },
});
