import { createArticle, createUser } from '@vestnik/db/factories';
import { verifyPassword } from '@vestnik/db/password';
import { getSessionUser } from '@vestnik/db/queries/users';
import { articleTags, auditLog, tags, users } from '@vestnik/db/schema';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { changePassword } from '@/actions/account/change-password';
import { mergeTags } from '@/actions/tags/merge-tags';
import { changeRole } from '@/actions/users/change-role';
import { createUser as createUserAction } from '@/actions/users/create-user';
import { resetPassword } from '@/actions/users/reset-password';
import { setUserDisabled } from '@/actions/users/set-user-disabled';
import { currentUser } from '@/lib/session';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '198.51.100.7' }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

const t = adminTestDatabase();

describe('admin actions', () => {
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    admin = await createUser(t.current.db, { role: 'admin' });
  });

  it('[ADMIN][USERS] a new user gets a one-time password (hash only stored) that must be replaced, which ends the session', async () => {
    signInAs(admin);
    const created = await createUserAction({
      name: 'Айгерим Сапарова',
      email: 'Aigerim@Vestnik.test',
      role: 'author',
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const { id, password } = created.data;
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const [row] = await t.current.db.select().from(users).where(eq(users.id, id));
    expect(row!.passwordHash).not.toContain(password);
    expect(await verifyPassword(row!.passwordHash, password)).toBe(true);
    expect(row).toMatchObject({ email: 'aigerim@vestnik.test', mustChangePassword: true });
    expect(
      (await createUserAction({ name: 'Дубль', email: 'AIGERIM@vestnik.test', role: 'author' })).ok,
    ).toBe(false);

    const user = (await getSessionUser(t.current.db, { id }))!;
    signInAs(user);
    expect(
      (
        await changePassword({
          current: 'wrong',
          next: 'совсем-новый-пароль',
          confirm: 'совсем-новый-пароль',
        })
      ).ok,
    ).toBe(false);
    expect(
      (await changePassword({ current: password, next: 'короткий', confirm: 'короткий' })).ok,
    ).toBe(false);
    const changed = await changePassword({
      current: password,
      next: 'совсем-новый-пароль',
      confirm: 'совсем-новый-пароль',
    });
    expect(changed.ok).toBe(true);
    expect(await currentUser()).toBeUndefined();
    const after = (await getSessionUser(t.current.db, { id }))!;
    expect(after.mustChangePassword).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("[ADMIN][USERS] role change, disabling and password reset each end the user's sessions at once", async () => {
    const editor = await createUser(t.current.db, { role: 'editor' });
    let version = editor.sessionVersion;
    // [change, whether the user is enabled before it]
    const steps: [() => Promise<{ ok: boolean }>, boolean][] = [
      [() => changeRole({ id: editor.id, role: 'author' }), true],
      [() => setUserDisabled({ id: editor.id, disabled: 'true' }), true],
      [() => setUserDisabled({ id: editor.id, disabled: 'false' }), false],
      [() => resetPassword({ id: editor.id }), true],
    ];
    for (const [run, enabled] of steps) {
      signInAs({ id: editor.id, sessionVersion: version });
      expect(Boolean(await currentUser())).toBe(enabled);
      signInAs(admin);
      expect((await run()).ok).toBe(true);
      signInAs({ id: editor.id, sessionVersion: version });
      expect(await currentUser()).toBeUndefined();
      version++;
    }
    signInAs(admin);
    expect((await setUserDisabled({ id: admin.id, disabled: 'true' })).ok).toBe(false);
    expect((await changeRole({ id: admin.id, role: 'author' })).ok).toBe(false);
    const entries = await t.current.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(editor.id)));
    expect(entries.map((e) => e.action).sort()).toEqual([
      'user.disable',
      'user.enable',
      'user.reset-password',
      'user.role',
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/password"?\s*:/i);
  });

  it('[ADMIN][TAGS] merging tags through the action moves the articles and is audited', async () => {
    signInAs(admin);
    const [keep, dup] = await t.current.db
      .insert(tags)
      .values([
        { name: 'Выборы', slug: 'vybory-x' },
        { name: 'выборы', slug: 'vybory-y' },
      ])
      .returning();
    const article = await createArticle(t.current.db);
    await t.current.db.insert(articleTags).values({ articleId: article.id, tagId: dup!.id });
    const result = await mergeTags({ fromId: String(dup!.id), intoId: String(keep!.id) });
    expect(result).toEqual({ ok: true, data: { moved: 1 } });
    const links = await t.current.db
      .select()
      .from(articleTags)
      .where(and(eq(articleTags.articleId, article.id), eq(articleTags.tagId, keep!.id)));
    expect(links).toHaveLength(1);
    const [entry] = await t.current.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'tag.merge'));
    expect(entry).toMatchObject({
      userId: admin.id,
      ip: '198.51.100.7',
      entityId: String(keep!.id),
    });
  });
});
