'use server';

import { bumpSessionVersion, getUserForAdmin, setUserRole } from '@vestnik/db/queries/users';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';
import { role, SELF_CHANGE } from './user-fields';

/** A new role ends the user's open sessions so the old rights cannot linger in a browser. */
export const changeRole = defineAction({
  schema: z.object({ id, role }),
  permission: 'user.manage',
  async run({ input, user, tx }) {
    if (input.id === user.id) return { ok: false, error: SELF_CHANGE };
    const target = await getUserForAdmin(tx, { id: input.id });
    if (!target) return { ok: false, error: 'Пользователь не найден.' };
    if (target.role === input.role) return { ok: true, data: undefined };
    await setUserRole(tx, input);
    await bumpSessionVersion(tx, { id: input.id });
    return {
      ok: true,
      data: undefined,
      audit: {
        action: 'user.role',
        entityType: 'user',
        entityId: input.id,
        summary: { before: { role: target.role }, after: { role: input.role } },
      },
    };
  },
});
