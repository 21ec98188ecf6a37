'use client';

import { type ReactNode, useState } from 'react';
import { ActionForm, type FormResult } from '@/components/ui/action-form';
import styles from '@/components/ui/ui.module.css';

type Props = {
  action: (input: Record<string, FormDataEntryValue>) => Promise<FormResult>;
  submitLabel: string;
  children: ReactNode;
  confirm?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  inline?: boolean;
  resetOnSuccess?: boolean;
};

/**
 * Create-user and reset-password forms: the one-time password is shown here once, from the
 * action's answer; it is never stored in clear or shown again.
 */
export function OneTimePasswordForm(props: Props) {
  const [password, setPassword] = useState<string>();
  return (
    <div>
      <ActionForm
        {...props}
        onSuccess={(data) => setPassword((data as { password?: string }).password)}
      >
        {props.children}
      </ActionForm>
      {password && (
        <div role="status" className={styles.success}>
          Временный пароль (показывается один раз, передайте его сотруднику):{' '}
          <output className={styles.secret} data-testid="one-time-password">
            {password}
          </output>
          <br />
          При первом входе сотрудник должен будет сменить его.
        </div>
      )}
    </div>
  );
}
