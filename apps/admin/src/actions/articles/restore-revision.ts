'use server';

import type { ArticleDocument } from '@vestnik/content/document';
import { documentToPlainText } from '@vestnik/content/text';
import { saveArticleFields } from '@vestnik/db/queries/article-editor';
import { changeArticleSlug } from '@vestnik/db/queries/article-slug';
import { getArticleRevisions, recordArticleRevision } from '@vestnik/db/queries/revisions';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { loadEditableArticle } from '@/lib/articles/access';
import { resolveByline } from '@/lib/articles/bylines';
import { articleCacheTags } from '@/lib/articles/cache-tags';
import { staleRefusal } from '@/lib/articles/conflict';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { missingForPublish } from '@/lib/articles/publish-rules';
import { restoredSlug } from '@/lib/articles/slug-policy';
import { auditSummary } from '@/lib/articles/summary';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * Brings back an old version's content as a NEW version (history is never rewritten). Workflow
 * state stays as it is now: status, publish time and embargo are not part of "the text".
 */
export const restoreRevision = defineAction({
  schema: articleRefSchema.extend({ revision: z.int().positive() }),
  permission: 'article.editOwn',
  run: async ({ input, user, tx }) => {
    const access = await loadEditableArticle(tx, user, input.id);
    if (!access.ok) return access;
    const before = access.article;
    if (before.version !== input.version) {
      return staleRefusal(tx, before.id);
    }
    const [revision] = await getArticleRevisions(tx, {
      articleId: before.id,
      versions: [input.revision],
    });
    if (!revision) return { ok: false, error: 'Такой версии материала нет.' };
    const old = revision.snapshot;
    const { slug, manual } = await restoredSlug(tx, before, old);
    // Revisions from before bylines were editable carry no authors: those keep today's.
    const byline = old.authorIds
      ? await resolveByline(tx, user, old.authorIds, before.authors)
      : undefined;
    if (byline && !byline.ok) {
      return { ok: false, error: `Эту версию нельзя восстановить: ${lowerFirst(byline.error)}` };
    }
    const authors = byline?.authors ?? before.authors;
    const body = old.body as ArticleDocument;
    if (before.status === 'published' || before.status === 'scheduled') {
      // A public article must stay complete, whatever an old draft version lacked.
      const missing = missingForPublish({ ...old, body, authors });
      if (missing) return { ok: false, error: missing };
    }
    const saved = await saveArticleFields(tx, {
      id: before.id,
      version: before.version,
      title: old.title,
      lead: old.lead,
      body,
      bodyText: documentToPlainText(body),
      slug,
      slugManual: manual,
      rubricId: old.rubricId,
      heroMediaId: old.heroMediaId,
      breaking: old.breaking,
      featured: old.featured,
      publishAt: before.publishAt,
      embargoUntil: before.embargoUntil,
      tagIds: old.tagIds,
      sources: old.sources,
      relatedIds: old.relatedIds,
      authorIds: byline?.authors.map((a) => a.id),
    });
    if (!saved) return staleRefusal(tx, before.id);
    if (slug !== before.slug)
      await changeArticleSlug(tx, { articleId: before.id, slug, keepOld: false });
    await recordArticleRevision(tx, { articleId: before.id, userId: user.id });
    const after = {
      ...before,
      title: old.title,
      slug,
      rubricId: old.rubricId,
      authors,
      version: saved.version,
    };
    return {
      ok: true,
      data: { version: saved.version },
      audit: {
        action: 'article.restore',
        entityType: 'article',
        entityId: before.id,
        summary: {
          before: auditSummary(before),
          after: { ...auditSummary(after), restoredFrom: input.revision },
        },
      },
      revalidate: articleCacheTags(before.id, before, after),
    };
  },
});
