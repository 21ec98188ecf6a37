'use server';

import { defineAction } from '@/lib/action';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { embargoViolation, missingForPublish } from '@/lib/articles/publish-rules';
import { runTransition } from '@/lib/articles/transition';

/** "Опубликовать сейчас": visible on the site at once (the action expires the site's caches). */
export const publishArticle = defineAction({
  schema: articleRefSchema,
  permission: 'article.publish',
  run: (ctx) =>
    runTransition(ctx, {
      action: 'article.publish',
      to: 'published',
      from: ['draft', 'review', 'scheduled', 'archived'],
      publishAt: () => new Date(),
      check: (article, publishAt) =>
        missingForPublish(article) ?? embargoViolation(publishAt!, article.embargoUntil),
    }),
});
