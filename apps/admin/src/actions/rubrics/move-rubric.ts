'use server';

import { tags } from '@vestnik/cache/tags';
import { moveRubric as moveRubricRow } from '@vestnik/db/queries/rubrics';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';

export const moveRubric = defineAction({
  schema: z.object({ id, direction: z.enum(['up', 'down'], { message: 'Неверное направление.' }) }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    const moved = await moveRubricRow(tx, input);
    if (!moved) return { ok: false, error: 'Рубрику нельзя сдвинуть дальше.' };
    return {
      ok: true,
      data: undefined,
      audit: {
        action: 'rubric.move',
        entityType: 'rubric',
        entityId: input.id,
        summary: { direction: input.direction },
      },
      revalidate: [tags.rubrics],
    };
  },
});
