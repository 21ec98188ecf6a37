'use server';

import { saveArticleFields } from '@vestnik/db/queries/article-editor';
import { changeArticleSlug } from '@vestnik/db/queries/article-slug';
import { recordArticleRevision } from '@vestnik/db/queries/revisions';
import { defineAction } from '@/lib/action';
import { loadEditableArticle } from '@/lib/articles/access';
import { articleCacheTags } from '@/lib/articles/cache-tags';
import { staleRefusal } from '@/lib/articles/conflict';
import { articleFieldsSchema, articleRefSchema } from '@/lib/articles/input-schema';
import { localeChangeRefusal } from '@/lib/articles/locale-change';
import { prepareArticleFields } from '@/lib/articles/prepare-fields';
import { embargoViolation, missingForPublish } from '@/lib/articles/publish-rules';
import { auditSummary } from '@/lib/articles/summary';
import type { SavedArticle } from './create-article';

/**
 * Saves the form (manual save and autosave). The save carries the version it was edited from;
 * `UPDATE … WHERE version = $v` refuses a stale one, so two editors never overwrite each other.
 */
export const saveArticle = defineAction({
  schema: articleFieldsSchema.extend(articleRefSchema.shape),
  permission: 'article.editOwn',
  run: async ({ input, user, tx }) => {
    const access = await loadEditableArticle(tx, user, input.id);
    if (!access.ok) return access;
    const before = access.article;
    if (before.version !== input.version) {
      return staleRefusal(tx, before.id);
    }
    const prepared = await prepareArticleFields(tx, user, input, before);
    if (!prepared.ok) return prepared;
    const locale = prepared.fields.locale ?? before.locale;
    const fields = { ...prepared.fields, locale };
    if (locale !== before.locale) {
      const refusal = await localeChangeRefusal(tx, user, before);
      if (refusal) return refusal;
    }
    const authors = prepared.authors ?? before.authors;
    if (before.status === 'published' || before.status === 'scheduled') {
      // A public article must stay complete; its publish time may move but not vanish.
      if (!fields.publishAt) return { ok: false, error: 'Укажите время публикации.' };
      const problem =
        missingForPublish({ ...before, ...fields, authors }) ??
        embargoViolation(fields.publishAt, fields.embargoUntil);
      if (problem) return { ok: false, error: problem };
    }
    const saved = await saveArticleFields(tx, { ...fields, id: before.id, version: input.version });
    if (!saved) return staleRefusal(tx, before.id);
    if (prepared.slugChanged) {
      await changeArticleSlug(tx, {
        articleId: before.id,
        slug: fields.slug,
        keepOld: prepared.keepOldSlug,
      });
    }
    await recordArticleRevision(tx, { articleId: before.id, userId: user.id });
    const after = { ...before, ...fields, authors, version: saved.version };
    return {
      ok: true,
      data: {
        id: before.id,
        version: saved.version,
        slug: fields.slug,
        savedAt: saved.updatedAt.toISOString(),
      } satisfies SavedArticle,
      audit: {
        action: 'article.save',
        entityType: 'article',
        entityId: before.id,
        summary: { before: auditSummary(before), after: auditSummary(after) },
      },
      revalidate: articleCacheTags(before.id, before, after),
    };
  },
});
