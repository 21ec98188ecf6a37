'use server';

import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '@vestnik/db/password';
import {
  bumpSessionVersion,
  getUserPasswordHash,
  setUserPassword,
} from '@vestnik/db/queries/users';
import { z } from 'zod';
import { defineAction } from '@/lib/action';

const schema = z
  .object({
    current: z.string().min(1, 'Введите текущий пароль.').max(1024),
    next: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Новый пароль: не короче ${MIN_PASSWORD_LENGTH} символов.`)
      .max(1024, 'Новый пароль слишком длинный.'),
    confirm: z.string(),
  })
  .refine((v) => v.next === v.confirm, { message: 'Пароли не совпадают.', path: ['confirm'] })
  .refine((v) => v.next !== v.current, {
    message: 'Новый пароль должен отличаться от текущего.',
    path: ['next'],
  });

/** Changes the signed-in user's own password and ends all their sessions, this one included. */
export const changePassword = defineAction({
  schema,
  permission: 'account.changePassword',
  async run({ input, user, tx }) {
    const hash = await getUserPasswordHash(tx, { id: user.id });
    if (!hash || !(await verifyPassword(hash, input.current))) {
      return {
        ok: false,
        error: 'Текущий пароль введён неверно.',
        fieldErrors: { current: 'Текущий пароль введён неверно.' },
      };
    }
    await setUserPassword(tx, {
      id: user.id,
      passwordHash: await hashPassword(input.next),
      mustChangePassword: false,
    });
    await bumpSessionVersion(tx, { id: user.id });
    return {
      ok: true,
      data: undefined,
      audit: { action: 'user.change-password', entityType: 'user', entityId: user.id },
    };
  },
});
