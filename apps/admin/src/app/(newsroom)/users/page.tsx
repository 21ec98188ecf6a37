import { listUsers } from '@vestnik/db/queries/users';
import type { Metadata } from 'next';
import { changeRole } from '@/actions/users/change-role';
import { createUser } from '@/actions/users/create-user';
import { resetPassword } from '@/actions/users/reset-password';
import { setUserDisabled } from '@/actions/users/set-user-disabled';
import { ActionForm } from '@/components/ui/action-form';
import styles from '@/components/ui/ui.module.css';
import { OneTimePasswordForm } from '@/components/users/one-time-password-form';
import { RoleSelect } from '@/components/users/role-select';
import { db } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { requirePermission } from '@/lib/session';

export const metadata: Metadata = { title: 'Пользователи' };

export default async function UsersPage() {
  const admin = await requirePermission('user.manage');
  const users = await listUsers(db());
  return (
    <>
      <h1>Пользователи</h1>
      <section className={styles.panel} aria-labelledby="new-user">
        <h2 id="new-user">Новый сотрудник</h2>
        <OneTimePasswordForm action={createUser} submitLabel="Создать пользователя" resetOnSuccess>
          <label>
            Имя
            <input name="name" required maxLength={200} />
          </label>
          <label>
            Email
            <input name="email" type="email" required />
          </label>
          <div className={styles.field}>
            Роль
            <RoleSelect label="Роль" />
          </div>
        </OneTimePasswordForm>
      </section>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">Сотрудник</th>
            <th scope="col">Роль</th>
            <th scope="col">Состояние</th>
            <th scope="col">Последний вход</th>
            <th scope="col">Пароль</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === admin.id;
            return (
              <tr key={user.id} data-testid={`user-${user.email}`}>
                <td>
                  <strong>{user.name}</strong>
                  <br />
                  {user.email}
                </td>
                <td>
                  {self ? (
                    'администратор (вы)'
                  ) : (
                    <ActionForm
                      action={changeRole}
                      submitLabel="Сменить роль"
                      variant="secondary"
                      inline
                    >
                      <input type="hidden" name="id" value={user.id} />
                      <RoleSelect value={user.role} label={`Роль: ${user.name}`} />
                    </ActionForm>
                  )}
                </td>
                <td>
                  {user.disabled ? 'отключён' : 'активен'}
                  {user.mustChangePassword && <div className={styles.hint}>ждёт смены пароля</div>}
                  {!self && (
                    <ActionForm
                      action={setUserDisabled}
                      submitLabel={user.disabled ? 'Включить' : 'Отключить'}
                      variant={user.disabled ? 'secondary' : 'danger'}
                      confirm={
                        user.disabled
                          ? undefined
                          : `Отключить ${user.name}? Все его сессии закончатся.`
                      }
                      inline
                    >
                      <input type="hidden" name="id" value={user.id} />
                      <input type="hidden" name="disabled" value={String(!user.disabled)} />
                    </ActionForm>
                  )}
                </td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'не входил'}</td>
                <td>
                  {self ? (
                    <a href="/account/password">Сменить свой пароль</a>
                  ) : (
                    <OneTimePasswordForm
                      action={resetPassword}
                      submitLabel="Сбросить пароль"
                      variant="secondary"
                      confirm={`Выдать ${user.name} новый временный пароль? Текущие сессии закончатся.`}
                      inline
                    >
                      <input type="hidden" name="id" value={user.id} />
                    </OneTimePasswordForm>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
