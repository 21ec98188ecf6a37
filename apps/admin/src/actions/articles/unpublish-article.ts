'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { runTransition } from '@/lib/articles/transition';

const schema = articleRefSchema.extend({ to: z.enum(['draft', 'archived']) });

/** Takes a published or scheduled article off the site at once, back to draft or to the archive. */
export const unpublishArticle = defineAction({
  schema,
  permission: 'article.unpublish',
  run: (ctx) =>
    runTransition(ctx, {
      action: 'article.unpublish',
      to: ctx.input.to,
      from: ['published', 'scheduled'],
    }),
});
