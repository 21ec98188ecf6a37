'use server';

import { tags } from '@vestnik/cache/tags';
import { updateSource as updateSourceRow } from '@vestnik/db/queries/sources';
import { defineAction } from '@/lib/action';
import { uniqueViolation } from '@/lib/db-errors';
import { id } from '@/lib/fields';
import { DOMAIN_TAKEN, sourceFields } from './source-schema';

export const updateSource = defineAction({
  schema: sourceFields.extend({ id }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    try {
      const before = await tx.transaction((sp) => updateSourceRow(sp, input));
      if (!before) return { ok: false, error: 'Источник не найден: возможно, его удалили.' };
      const { id: sourceId, ...after } = input;
      return {
        ok: true,
        data: undefined,
        audit: {
          action: 'source.update',
          entityType: 'source',
          entityId: sourceId,
          summary: { before, after },
        },
        // Bylines ("со ссылкой на …") on every citing article read the source's name.
        revalidate: [tags.source(sourceId)],
      };
    } catch (error) {
      if (uniqueViolation(error))
        return { ok: false, error: DOMAIN_TAKEN, fieldErrors: { domain: DOMAIN_TAKEN } };
      throw error;
    }
  },
});
