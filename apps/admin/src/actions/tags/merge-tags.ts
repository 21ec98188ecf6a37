'use server';

import { tags } from '@vestnik/cache/tags';
import { mergeTags as mergeTagRows } from '@vestnik/db/queries/tags';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';

export const mergeTags = defineAction({
  schema: z.object({ fromId: id, intoId: id }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    const result = await mergeTagRows(tx, input);
    if (!result.ok) {
      return {
        ok: false,
        error:
          result.reason === 'same'
            ? 'Выберите другой тег: тег нельзя объединить с самим собой.'
            : 'Один из тегов не найден.',
      };
    }
    return {
      ok: true,
      data: { moved: result.articleIds.length },
      audit: {
        action: 'tag.merge',
        entityType: 'tag',
        entityId: input.intoId,
        summary: {
          before: { id: input.fromId, name: result.from },
          after: { id: input.intoId, name: result.into },
          articles: result.articleIds.length,
        },
      },
      // Pages of articles that carried the merged tag are tagged with it: expiring both tags
      // reaches every page that names either. The merged tag's page leaves the section sitemap.
      revalidate: [tags.tag(input.fromId), tags.tag(input.intoId), tags.sitemap],
    };
  },
});
