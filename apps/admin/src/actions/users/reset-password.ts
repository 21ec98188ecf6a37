'use server';

import { generateOneTimePassword, hashPassword } from '@vestnik/db/password';
import { bumpSessionVersion, getUserForAdmin, setUserPassword } from '@vestnik/db/queries/users';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';

/** A new one-time password, shown once; the user's open sessions end immediately. */
export const resetPassword = defineAction({
  schema: z.object({ id }),
  permission: 'user.manage',
  async run({ input, tx }) {
    const target = await getUserForAdmin(tx, { id: input.id });
    if (!target) return { ok: false, error: 'Пользователь не найден.' };
    const password = generateOneTimePassword();
    await setUserPassword(tx, {
      id: input.id,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    });
    await bumpSessionVersion(tx, { id: input.id });
    return {
      ok: true,
      data: { id: input.id, password },
      audit: {
        action: 'user.reset-password',
        entityType: 'user',
        entityId: input.id,
        summary: { email: target.email },
      },
    };
  },
});
