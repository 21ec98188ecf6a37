import Link from 'next/link';
import type { ReactNode } from 'react';
import { logout } from '@/actions/auth/logout';
import { can, type Permission } from '@/lib/permissions';
import { requireUser } from '@/lib/session';

const ROLE_NAMES = { admin: 'администратор', editor: 'редактор', author: 'автор' } as const;

const NAV: { href: string; label: string; permission: Permission }[] = [
  { href: '/articles', label: 'Материалы', permission: 'article.create' },
  { href: '/media', label: 'Медиатека', permission: 'media.upload' },
  { href: '/rubrics', label: 'Рубрики', permission: 'taxonomy.manage' },
  { href: '/tags', label: 'Теги', permission: 'taxonomy.manage' },
  { href: '/sources', label: 'Источники', permission: 'taxonomy.manage' },
  { href: '/users', label: 'Пользователи', permission: 'user.manage' },
  { href: '/imports', label: 'Импорт', permission: 'import.run' },
  { href: '/audit', label: 'Журнал', permission: 'audit.view' },
];

export default async function NewsroomLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <header className="admin-header">
        <Link href="/" className="admin-logo">
          Вестник · Редакция
        </Link>
        <nav aria-label="Разделы редакции" className="admin-nav">
          <ul>
            {NAV.filter((item) => can(user.role, item.permission)).map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="admin-user">
          {/* A long name is cut with an ellipsis to keep the header on one line; the tooltip
              has it whole. */}
          <span className="admin-user-name" title={`${user.name} (${ROLE_NAMES[user.role]})`}>
            {user.name} ({ROLE_NAMES[user.role]})
          </span>
          <Link href="/account/password" className="admin-account-link">
            Пароль
          </Link>
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
