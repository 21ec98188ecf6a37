import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Вход' };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ changed?: string }>;
}) {
  const { changed } = await searchParams;
  if (await currentUser()) redirect('/');
  return (
    <main className="login-page">
      {changed && <p role="status">Пароль изменён. Войдите с новым паролем.</p>}
      <LoginForm />
    </main>
  );
}
