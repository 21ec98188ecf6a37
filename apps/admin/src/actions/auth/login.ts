'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { formatRetry } from '@/lib/format';

export type LoginState = { error?: string; email?: string };

/** Logs in through Auth.js; the password checks and limits run in the provider's authorize. */
export async function login(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  if (!email || !password) return { error: 'Введите email и пароль.', email };
  try {
    await signIn('credentials', { email, password, redirectTo: '/' });
    return {};
  } catch (error) {
    // signIn ends in a redirect on success, which Next.js implements by throwing: let it through.
    if (!(error instanceof AuthError)) throw error;
    const code = (error as AuthError & { code?: string }).code ?? '';
    if (code.startsWith('locked:')) {
      return {
        error: `Слишком много неудачных попыток входа. Попробуйте снова ${formatRetry(new Date(code.slice(7)))}.`,
        email,
      };
    }
    return { error: 'Неверный email или пароль.', email };
  }
}
