import { describe, expect, it } from 'vitest';
import { listDailyViews, listTopArticles } from '../src/queries/stats.ts';
import {
  bumpSessionVersion,
  getSessionUser,
  getUserPasswordHash,
  insertUser,
  listUsers,
  setUserDisabled,
  setUserPassword,
  setUserRole,
} from '../src/queries/users.ts';
import * as s from '../src/schema/index.ts';
import { verifyPassword } from '../src/security/password.ts';
import { createArticle } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();

describe('user administration and statistics', () => {
  it('[ADMIN][USERS] a created user must change the one-time password; changes are visible to the session check', async () => {
    const db = t.current.db;
    const id = await insertUser(db, {
      email: 'New.User@vestnik.test',
      name: 'Новый сотрудник',
      slug: 'novyi-sotrudnik',
      role: 'author',
      passwordHash: 'x',
    });
    const created = await getSessionUser(db, { id });
    expect(created).toMatchObject({ role: 'author', mustChangePassword: true, disabled: false });
    await setUserRole(db, { id, role: 'editor' });
    await setUserDisabled(db, { id, disabled: true });
    await bumpSessionVersion(db, { id });
    const changed = await getSessionUser(db, { id });
    expect(changed).toMatchObject({ role: 'editor', disabled: true });
    expect(changed!.sessionVersion).toBe(created!.sessionVersion + 1);
    await setUserPassword(db, { id, passwordHash: 'y', mustChangePassword: false });
    expect(await getUserPasswordHash(db, { id })).toBe('y');
    expect((await getSessionUser(db, { id }))!.mustChangePassword).toBe(false);
    expect((await listUsers(db)).map((u) => u.id)).toContain(id);
    await expect(
      insertUser(db, {
        email: 'new.user@VESTNIK.test',
        name: 'Дубль',
        slug: 'dubl',
        role: 'author',
        passwordHash: 'x',
      }),
    ).rejects.toThrow();
    expect(await verifyPassword('y', 'anything')).toBe(false);
  });

  it('[ADMIN][DASHBOARD] daily views fill empty days with zero and top articles sum the period', async () => {
    const db = t.current.db;
    const a = await createArticle(db, { title: 'Самая читаемая' });
    const b = await createArticle(db, { title: 'Вторая' });
    await db.insert(s.articleViewsDaily).values([
      { articleId: a.id, day: '2026-03-01', views: 100 },
      { articleId: a.id, day: '2026-03-03', views: 50 },
      { articleId: b.id, day: '2026-03-03', views: 120 },
      { articleId: b.id, day: '2026-02-20', views: 9999 },
    ]);
    expect(await listDailyViews(db, { from: '2026-03-01', to: '2026-03-04' })).toEqual([
      { day: '2026-03-01', views: 100 },
      { day: '2026-03-02', views: 0 },
      { day: '2026-03-03', views: 170 },
      { day: '2026-03-04', views: 0 },
    ]);
    const top = await listTopArticles(db, { from: '2026-03-01', to: '2026-03-04', limit: 5 });
    expect(top.map((r) => [r.id, r.views])).toEqual([
      [a.id, 150],
      [b.id, 120],
    ]);
  });
});
