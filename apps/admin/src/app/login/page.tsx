import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/session';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Вход' };

export default async function LoginPage() {
  if (await currentUser()) redirect('/');
  return (
    <main className="login-page">
      <LoginForm />
    </main>
  );
}
