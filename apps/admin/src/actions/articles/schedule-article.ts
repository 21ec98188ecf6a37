'use server';

import { zonedInputToDate } from '@vestnik/content/dates';
import { z } from 'zod';
import { env } from '@/env';
import { defineAction } from '@/lib/action';
import { articleRefSchema } from '@/lib/articles/input-schema';
import { embargoViolation, missingForPublish } from '@/lib/articles/publish-rules';
import { runTransition } from '@/lib/articles/transition';

const schema = articleRefSchema.extend({
  publishAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Укажите дату и время публикации.'),
});

/**
 * Scheduled articles appear by the clock alone: the site shows status "scheduled" once
 * publish_at has passed, so no job has to flip them.
 */
export const scheduleArticle = defineAction({
  schema,
  permission: 'article.schedule',
  run: (ctx) => {
    const publishAt = zonedInputToDate(ctx.input.publishAt, env().SITE_TIMEZONE)!;
    return runTransition(ctx, {
      action: 'article.schedule',
      to: 'scheduled',
      from: ['draft', 'review', 'scheduled'],
      publishAt: () => publishAt,
      check: (article) => {
        if (publishAt.getTime() <= Date.now()) {
          return 'Время публикации уже прошло: укажите будущее время или опубликуйте сейчас.';
        }
        return missingForPublish(article) ?? embargoViolation(publishAt, article.embargoUntil);
      },
    });
  },
});
