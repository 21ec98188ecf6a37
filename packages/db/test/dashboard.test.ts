import { describe, expect, it } from 'vitest';
import { listRecentlyUpdatedArticles } from '../src/queries/dashboard.ts';
import { createArticle, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();

describe('dashboard', () => {
  it('[ADMIN][DASHBOARD] recent articles show their bylines, and an author sees only their own', async () => {
    const db = t.current.db;
    const first = await createUser(db, { name: 'Айдана Касымова' });
    const second = await createUser(db, { name: 'Пётр Смирнов' });
    // Ids that collide with user ids would have hidden a subquery comparing the wrong "id".
    const shared = await createArticle(db, { authorIds: [first.id, second.id] });
    const own = await createArticle(db, { authorIds: [second.id] });
    const all = await listRecentlyUpdatedArticles(db, { limit: 10 });
    expect(all.find((a) => a.id === shared.id)?.author).toBe('Айдана Касымова, Пётр Смирнов');
    expect(all.find((a) => a.id === own.id)?.author).toBe('Пётр Смирнов');
    const mine = await listRecentlyUpdatedArticles(db, { limit: 10, authorId: first.id });
    expect(mine.map((a) => a.id)).toEqual([shared.id]);
  });
});
