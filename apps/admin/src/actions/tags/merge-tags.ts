'use server';

import { mergeTags as mergeTagRows } from '@vestnik/db/queries/tags';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';

// Beyond this many articles the site's short listing lifetimes refresh them instead.
const MAX_ARTICLE_TAGS = 200;

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
      revalidate: [
        `tag:${input.fromId}`,
        `tag:${input.intoId}`,
        'lists',
        ...result.articleIds.slice(0, MAX_ARTICLE_TAGS).map((a) => `article:${a}`),
      ],
    };
  },
});
