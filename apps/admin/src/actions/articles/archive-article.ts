'use server';

import { defineAction } from '@/lib/action';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { runTransition } from '@/lib/articles/transition';

/** Archived articles are kept but never shown on the site. */
export const archiveArticle = defineAction({
  schema: articleRefSchema,
  permission: 'article.archive',
  run: (ctx) =>
    runTransition(ctx, {
      action: 'article.archive',
      to: 'archived',
      from: ['draft', 'review', 'scheduled', 'published'],
    }),
});
