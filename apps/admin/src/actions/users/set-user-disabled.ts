'use server';

import {
  bumpSessionVersion,
  getUserForAdmin,
  setUserDisabled as setDisabled,
} from '@vestnik/db/queries/users';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { id } from '@/lib/fields';
import { SELF_CHANGE } from './user-fields';

/** Disabling ends every open session at the user's next request (session version bump). */
export const setUserDisabled = defineAction({
  schema: z.object({ id, disabled: z.enum(['true', 'false']).transform((v) => v === 'true') }),
  permission: 'user.manage',
  async run({ input, user, tx }) {
    if (input.id === user.id) return { ok: false, error: SELF_CHANGE };
    const target = await getUserForAdmin(tx, { id: input.id });
    if (!target) return { ok: false, error: 'Пользователь не найден.' };
    await setDisabled(tx, input);
    await bumpSessionVersion(tx, { id: input.id });
    return {
      ok: true,
      data: undefined,
      audit: {
        action: input.disabled ? 'user.disable' : 'user.enable',
        entityType: 'user',
        entityId: input.id,
        summary: { before: { disabled: target.disabled }, after: { disabled: input.disabled } },
      },
    };
  },
});
