'use server';

import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '@vestnik/db/password';
import {
  bumpSessionVersion,
  getUserPasswordHash,
  setUserPassword,
} from '@vestnik/db/queries/users';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { db } from '@/lib/db';
import { knownDevice } from '@/lib/device-cookie';
import { formatRetry } from '@/lib/format';
import { limitedPasswordCheck } from '@/lib/login';

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

const WRONG = 'Текущий пароль введён неверно.';

/** Changes the signed-in user's own password and ends all their sessions, this one included. */
export const changePassword = defineAction({
  schema,
  permission: 'account.changePassword',
  // The current password is a guess like a login's (a stolen session could try it at speed), so
  // it runs under the same limits and is counted in the same table, outside the transaction: a
  // wrong guess refuses the action, and the refusal must not roll the count back.
  async before({ input, user, ip }) {
    const check = await limitedPasswordCheck(
      { email: user.email, ip, device: await knownDevice(user.email), kind: 'password' },
      async () => {
        const hash = await getUserPasswordHash(db(), { id: user.id });
        return Boolean(hash && (await verifyPassword(hash, input.current)));
      },
    );
    if (check.ok) return undefined;
    const error =
      check.reason === 'locked'
        ? `Слишком много неверных попыток ввести пароль. Попробуйте снова ${formatRetry(check.retryAt)}.`
        : WRONG;
    return { ok: false, error, fieldErrors: { current: error } };
  },
  async run({ input, user, tx }) {
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
