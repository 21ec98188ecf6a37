'use server';

import { defineAction } from '@/lib/action';
import { loadEditableArticle } from '@/lib/articles/access';
import { articleFieldsSchema, idSchema } from '@/lib/articles/input-schema';
import { resolveSlug } from '@/lib/articles/slug-policy';

/**
 * The address the next save would give the article, by the very rule the save applies
 * (resolveSlug): the editor shows it while the title is being typed, so a title another
 * article already uses shows its -2 before anything is saved. Saving (and so publishing, which
 * saves first) settles it; this writes nothing.
 */
export const previewArticleSlug = defineAction({
  schema: articleFieldsSchema
    .pick({ title: true, slug: true, slugManual: true })
    .extend({ id: idSchema.nullable() }),
  permission: 'article.editOwn',
  run: async ({ input, user, tx }) => {
    const access = input.id ? await loadEditableArticle(tx, user, input.id) : undefined;
    if (access && !access.ok) return access;
    const slug = await resolveSlug(tx, user, input, access?.article);
    if (!slug.ok) return { ok: false, code: 'invalid', error: slug.error };
    return { ok: true, data: { slug: slug.slug } };
  },
});
