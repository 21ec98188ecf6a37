'use server';

import { tags } from '@vestnik/cache/tags';
import { slugify } from '@vestnik/content/slug';
import { insertRubric } from '@vestnik/db/queries/rubrics';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { uniqueViolation } from '@/lib/db-errors';
import { requiredText, text } from '@/lib/fields';

const SLUG_TAKEN = 'Рубрика с таким адресом уже есть.';

export const createRubric = defineAction({
  schema: z.object({
    name: requiredText('Название', 100),
    description: text('Описание', 1000).default(''),
    nameKk: text('Название на казахском', 100).default(''),
    descriptionKk: text('Описание на казахском', 1000).default(''),
    slug: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim() : v),
      z
        .string()
        .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'Адрес: только латинские буквы, цифры и дефисы.')
        .default(''),
    ),
  }),
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    const slug = input.slug || slugify(input.name, { maxLength: 60 });
    try {
      const id = await tx.transaction((sp) =>
        insertRubric(sp, {
          slug,
          name: input.name,
          description: input.description,
          nameKk: input.nameKk,
          descriptionKk: input.descriptionKk,
        }),
      );
      return {
        ok: true,
        data: { id },
        audit: {
          action: 'rubric.create',
          entityType: 'rubric',
          entityId: id,
          summary: { after: { ...input, slug } },
        },
        revalidate: [tags.rubrics],
      };
    } catch (error) {
      if (uniqueViolation(error))
        return { ok: false, error: SLUG_TAKEN, fieldErrors: { slug: SLUG_TAKEN } };
      throw error;
    }
  },
});
