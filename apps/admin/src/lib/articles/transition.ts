import type { ArticleForEdit } from '@vestnik/db/queries/article-editor';
import { setArticleStatus } from '@vestnik/db/queries/article-workflow';
import { recordArticleRevision } from '@vestnik/db/queries/revisions';
import type { ArticleStatus } from '@vestnik/db/schema';
import type { ActionContext, ActionOutcome } from '@/lib/action';
import { loadEditableArticle } from './access';
import { articleCacheTags } from './cache-tags';
import { staleRefusal } from './conflict';
import { auditSummary } from './summary';

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'черновик',
  review: 'на проверке',
  scheduled: 'запланирован',
  published: 'опубликован',
  archived: 'в архиве',
};

export type TransitionPlan = {
  action: string;
  to: ArticleStatus;
  from: ArticleStatus[];
  /** New publish time; undefined keeps the current one. */
  publishAt?: (article: ArticleForEdit) => Date | null;
  /** Extra checks (required fields, embargo); a string refuses the transition. */
  check?: (article: ArticleForEdit, publishAt: Date | null) => string | undefined;
};

export type TransitionResult = { version: number; status: ArticleStatus; publishAt: string | null };

/**
 * The common path of every workflow action: load with the ownership check, refuse a stale
 * version or a move the workflow does not allow from here, run the checks, move, snapshot.
 */
export async function runTransition(
  { input, user, tx }: ActionContext<{ id: number; version: number }>,
  plan: TransitionPlan,
): Promise<ActionOutcome<TransitionResult>> {
  const access = await loadEditableArticle(tx, user, input.id);
  if (!access.ok) return access;
  const before = access.article;
  if (before.version !== input.version) {
    return staleRefusal(tx, input.id);
  }
  if (!plan.from.includes(before.status)) {
    return {
      ok: false,
      error: `Это действие недоступно: материал сейчас ${STATUS_LABELS[before.status]}.`,
    };
  }
  const publishAt = plan.publishAt ? plan.publishAt(before) : before.publishAt;
  const problem = plan.check?.(before, publishAt);
  if (problem) return { ok: false, error: problem };
  const after = await setArticleStatus(tx, {
    id: before.id,
    version: before.version,
    status: plan.to,
    publishAt: plan.publishAt ? publishAt : undefined,
  });
  if (!after) return staleRefusal(tx, input.id);
  await recordArticleRevision(tx, { articleId: before.id, userId: user.id });
  return {
    ok: true,
    data: {
      version: after.version,
      status: after.status,
      publishAt: after.publishAt?.toISOString() ?? null,
    },
    audit: {
      action: plan.action,
      entityType: 'article',
      entityId: before.id,
      summary: {
        before: auditSummary(before),
        after: auditSummary({ ...before, ...after }),
      },
    },
    revalidate: articleCacheTags(before.id, before, { ...before, ...after }),
  };
}
