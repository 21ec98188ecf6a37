'use server';

import { randomBytes } from 'node:crypto';
import { slugify } from '@vestnik/content/slug';
import { insertSource } from '@vestnik/db/queries/sources';
import { defineAction } from '@/lib/action';
import { uniqueViolation } from '@/lib/db-errors';
import { DOMAIN_TAKEN, sourceFields } from './source-schema';

export const createSource = defineAction({
  schema: sourceFields,
  permission: 'taxonomy.manage',
  async run({ input, tx }) {
    // The slug is the source's public page; a suffix keeps two same-named outlets apart.
    const slug = `${slugify(input.name, { maxLength: 60 })}-${randomBytes(2).toString('hex')}`;
    try {
      // A savepoint, so a duplicate domain leaves the outer transaction usable.
      const id = await tx.transaction((sp) => insertSource(sp, { ...input, slug }));
      return {
        ok: true,
        data: { id },
        audit: {
          action: 'source.create',
          entityType: 'source',
          entityId: id,
          summary: { after: input },
        },
      };
    } catch (error) {
      if (uniqueViolation(error))
        return { ok: false, error: DOMAIN_TAKEN, fieldErrors: { domain: DOMAIN_TAKEN } };
      throw error;
    }
  },
});
