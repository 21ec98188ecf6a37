'use server';

import { tags } from '@vestnik/cache/tags';
import { renameTagNames } from '@vestnik/db/queries/tags';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id, requiredText, text } from '@/lib/fields';

export const renameTag = defineAction({
  schema: z.object({
    id,
    name: requiredText('Название', 100),
    // '' = not translated (the Kazakh site shows the Russian name); absent: unchanged.
    nameKk: text('Название на казахском', 100).optional(),
  }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    const before = await renameTagNames(tx, input);
    if (before === undefined)
      return { ok: false, error: 'Тег не найден: возможно, его объединили с другим.' };
    return {
      ok: true,
      data: undefined,
      audit: {
        action: 'tag.rename',
        entityType: 'tag',
        entityId: input.id,
        summary: {
          before,
          after: { name: input.name, nameKk: input.nameKk ?? before.nameKk },
        },
      },
      revalidate: [tags.tag(input.id)],
    };
  },
});
