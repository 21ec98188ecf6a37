'use server';

import { tags } from '@vestnik/cache/tags';
import { renameTag as renameTagRow } from '@vestnik/db/queries/tags';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id, requiredText } from '@/lib/fields';

export const renameTag = defineAction({
  schema: z.object({ id, name: requiredText('Название', 100) }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    const before = await renameTagRow(tx, input);
    if (before === undefined)
      return { ok: false, error: 'Тег не найден: возможно, его объединили с другим.' };
    return {
      ok: true,
      data: undefined,
      audit: {
        action: 'tag.rename',
        entityType: 'tag',
        entityId: input.id,
        summary: { before: { name: before }, after: { name: input.name } },
      },
      revalidate: [tags.tag(input.id)],
    };
  },
});
