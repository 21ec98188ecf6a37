'use server';

import { tags } from '@vestnik/cache/tags';
import { updateRubric as updateRubricRow } from '@vestnik/db/queries/rubrics';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id, requiredText, text } from '@/lib/fields';

export const updateRubric = defineAction({
  schema: z.object({
    id,
    name: requiredText('Название', 100),
    description: text('Описание', 1000).default(''),
    // Kazakh ('' = not translated: the Kazakh site shows the Russian name); absent: unchanged.
    nameKk: text('Название на казахском', 100).optional(),
    descriptionKk: text('Описание на казахском', 1000).optional(),
  }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    const before = await updateRubricRow(tx, input);
    if (!before) return { ok: false, error: 'Рубрика не найдена.' };
    return {
      ok: true,
      data: undefined,
      audit: {
        action: 'rubric.update',
        entityType: 'rubric',
        entityId: input.id,
        summary: {
          before,
          after: {
            name: input.name,
            description: input.description,
            nameKk: input.nameKk ?? before.nameKk,
            descriptionKk: input.descriptionKk ?? before.descriptionKk,
          },
        },
      },
      // The name is in the navigation (every page), on the rubric page and on its articles; in
      // both languages.
      revalidate: [tags.rubrics, tags.rubric(input.id)],
    };
  },
});
