'use client';

import { changePassword } from '@/actions/account/change-password';
import { ActionForm } from '@/components/ui/action-form';

/** On success every session of the user has ended (this one too): sign in with the new password. */
export function PasswordForm() {
  return (
    <ActionForm
      action={changePassword}
      submitLabel="Сменить пароль"
      onSuccess={() => window.location.assign('/login?changed=1')}
    >
      <label>
        Текущий пароль
        <input name="current" type="password" autoComplete="current-password" required />
      </label>
      <label>
        Новый пароль (не короче 12 символов)
        <input name="next" type="password" autoComplete="new-password" minLength={12} required />
      </label>
      <label>
        Новый пароль ещё раз
        <input name="confirm" type="password" autoComplete="new-password" minLength={12} required />
      </label>
    </ActionForm>
  );
}
