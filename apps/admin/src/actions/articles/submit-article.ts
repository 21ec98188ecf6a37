'use server';

import { defineAction } from '@/lib/action';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { runTransition } from '@/lib/articles/transition';

/** Author → editors: "отправить на проверку". */
export const submitArticle = defineAction({
  schema: articleRefSchema,
  permission: 'article.submit',
  run: (ctx) => runTransition(ctx, { action: 'article.submit', to: 'review', from: ['draft'] }),
});
