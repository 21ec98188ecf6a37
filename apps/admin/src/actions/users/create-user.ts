'use server';

import { randomBytes } from 'node:crypto';
import { slugify } from '@vestnik/content/slug';
import { generateOneTimePassword, hashPassword } from '@vestnik/db/password';
import { insertUser } from '@vestnik/db/queries/users';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { uniqueViolation } from '@/lib/db-errors';
import { requiredText } from '@/lib/fields';
import { role } from './user-fields';

const EMAIL_TAKEN = 'Пользователь с таким email уже есть.';

/** Returns the one-time password once; only its hash is stored. */
export const createUser = defineAction({
  schema: z.object({
    name: requiredText('Имя', 200),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email('Email: укажите адрес вида name@example.kz.')),
    role,
  }),
  permission: 'user.manage',
  async run({ input, tx }) {
    const password = generateOneTimePassword();
    const slug = `${slugify(input.name, { maxLength: 60 })}-${randomBytes(2).toString('hex')}`;
    try {
      const id = await tx.transaction(async (sp) =>
        insertUser(sp, { ...input, slug, passwordHash: await hashPassword(password) }),
      );
      return {
        ok: true,
        data: { id, password },
        audit: {
          action: 'user.create',
          entityType: 'user',
          entityId: id,
          summary: { after: input },
        },
      };
    } catch (error) {
      if (uniqueViolation(error))
        return { ok: false, error: EMAIL_TAKEN, fieldErrors: { email: EMAIL_TAKEN } };
      throw error;
    }
  },
});
