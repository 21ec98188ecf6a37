import Link from 'next/link';
import type { ReactNode } from 'react';
import { logout } from '@/actions/auth/logout';
import { requireUser } from '@/lib/session';

const ROLE_NAMES = { admin: 'администратор', editor: 'редактор', author: 'автор' } as const;

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <header className="admin-header">
        <Link href="/" className="admin-logo">
          Вестник · Редакция
        </Link>
        <div className="admin-user">
          <span>
            {user.name} ({ROLE_NAMES[user.role]})
          </span>
          <form action={logout}>
            <button type="submit" className="link-button">
              Выйти
            </button>
          </form>
        </div>
      </header>
      <main className="admin-main">{children}</main>
    </>
  );
}
