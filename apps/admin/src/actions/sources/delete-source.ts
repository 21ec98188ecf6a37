'use server';

import { tags } from '@vestnik/cache/tags';
import { deleteUnusedSource } from '@vestnik/db/queries/sources';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';

export const deleteSource = defineAction({
  schema: z.object({ id }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    const result = await deleteUnusedSource(tx, { id: input.id });
    if (result === 'in-use') {
      return { ok: false, error: 'Источник нельзя удалить: на него ссылаются материалы или фото.' };
    }
    if (result === 'missing') return { ok: false, error: 'Источник уже удалён.' };
    return {
      ok: true,
      data: undefined,
      audit: { action: 'source.delete', entityType: 'source', entityId: input.id },
      revalidate: [tags.source(input.id)],
    };
  },
});
