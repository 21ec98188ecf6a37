'use server';

import { defineAction } from '@/lib/action';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { runTransition } from '@/lib/articles/transition';

/** Back from review to draft: the author takes it back, or an editor returns it for work. */
export const withdrawArticle = defineAction({
  schema: articleRefSchema,
  permission: 'article.submit',
  run: (ctx) => runTransition(ctx, { action: 'article.withdraw', to: 'draft', from: ['review'] }),
});
