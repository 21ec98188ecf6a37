import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PasswordForm } from '@/components/account/password-form';
import ui from '@/components/ui/ui.module.css';
import { currentUser } from '@/lib/session';

export const metadata: Metadata = { title: 'Смена пароля' };

/**
 * Outside the newsroom layout on purpose: a user with a one-time password is sent here by
 * requireUser and must be able to open it without being redirected again.
 */
export default async function AccountPasswordPage() {
  const user = await currentUser();
  if (!user) redirect('/login');
  return (
    <main className="admin-main">
      <h1>Смена пароля</h1>
      {user.mustChangePassword ? (
        <p role="status" className={ui.success}>
          Вы вошли с временным паролем. Придумайте свой пароль, чтобы продолжить работу.
        </p>
      ) : (
        <p>
          <Link href="/">← Рабочий стол</Link>
        </p>
      )}
      <p className={ui.hint}>
        После смены пароля все ваши сессии закончатся, войдите снова с новым паролем.
      </p>
      <section className={ui.panel}>
        <PasswordForm />
      </section>
    </main>
  );
}
