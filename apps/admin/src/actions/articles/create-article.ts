'use server';

import { createArticleDraft } from '@vestnik/db/queries/article-editor';
import { recordArticleRevision } from '@vestnik/db/queries/revisions';
import { defineAction } from '@/lib/action';
import { articleFieldsSchema } from '@/lib/articles/input-schema';
import { prepareArticleFields } from '@/lib/articles/prepare-fields';

export type SavedArticle = { id: number; version: number; slug: string; savedAt: string };

/** The first save of a new article (manual or autosave): a draft with the creator as author. */
export const createArticle = defineAction({
  schema: articleFieldsSchema,
  permission: 'article.create',
  run: async ({ input, user, tx }) => {
    const prepared = await prepareArticleFields(tx, user, input, undefined);
    if (!prepared.ok) return prepared;
    const created = await createArticleDraft(tx, { ...prepared.fields, userId: user.id });
    await recordArticleRevision(tx, { articleId: created.id, userId: user.id });
    return {
      ok: true,
      data: {
        id: created.id,
        version: created.version,
        slug: prepared.fields.slug,
        savedAt: created.updatedAt.toISOString(),
      } satisfies SavedArticle,
      audit: {
        action: 'article.create',
        entityType: 'article',
        entityId: created.id,
        summary: {
          after: {
            title: prepared.fields.title,
            slug: prepared.fields.slug,
            locale: prepared.fields.locale ?? 'ru',
            authors: (prepared.authors ?? [user]).map((a) => a.name),
          },
        },
      },
    };
  },
});
