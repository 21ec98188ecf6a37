'use server';

import { releaseArticleLock } from '@vestnik/db/queries/article-workflow';
import { defineAction } from '@/lib/action';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { runTransition } from '@/lib/articles/transition';

/**
 * Author → editors: "отправить на проверку". The author is done with the text, so the edit lock
 * goes with it: the editor who opens it next is not told that someone is still editing.
 */
export const submitArticle = defineAction({
  schema: articleRefSchema,
  permission: 'article.submit',
  run: async (ctx) => {
    const outcome = await runTransition(ctx, {
      action: 'article.submit',
      to: 'review',
      from: ['draft'],
    });
    if (outcome.ok) await releaseArticleLock(ctx.tx, { id: ctx.input.id, userId: ctx.user.id });
    return outcome;
  },
});
