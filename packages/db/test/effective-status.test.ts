import { describe, expect, it } from 'vitest';
import { getArticleForEdit } from '../src/queries/article-editor.ts';
import { listDashboardQueues, listEditorArticles } from '../src/queries/article-editor-list.ts';
import { countArticlesByStatus, listRecentlyUpdatedArticles } from '../src/queries/dashboard.ts';
import { createArticle, createUser } from '../src/testing/factories.ts';
import { testDatabase } from './context.ts';

const t = testDatabase();
const HOUR = 3_600_000;

describe('effective status', () => {
  it('[ADMIN][STATUS] a scheduled article whose time has come is counted, listed, filtered and edited as published', async () => {
    const db = t.current.db;
    const word = `Часы${Math.random().toString(36).slice(2, 8)}`;
    const user = await createUser(db);
    const before = await countArticlesByStatus(db);
    const live = await createArticle(db, {
      title: `${word} вышла`,
      status: 'scheduled',
      publishAt: new Date(Date.now() - HOUR),
      authorIds: [user.id],
    });
    const waiting = await createArticle(db, {
      title: `${word} ждёт`,
      status: 'scheduled',
      publishAt: new Date(Date.now() + HOUR),
      authorIds: [user.id],
    });
    const after = await countArticlesByStatus(db);
    expect((after.published ?? 0) - (before.published ?? 0)).toBe(1);
    expect((after.scheduled ?? 0) - (before.scheduled ?? 0)).toBe(1);

    const base = { sort: 'title' as const, page: 1, pageSize: 50, titleQuery: word };
    const ids = async (status?: 'published' | 'scheduled') =>
      (await listEditorArticles(db, { ...base, status })).rows.map((r) => r.id);
    expect(await ids('published')).toEqual([live.id]);
    expect(await ids('scheduled')).toEqual([waiting.id]);
    const rows = (await listEditorArticles(db, base)).rows;
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [live.id, 'published'],
      [waiting.id, 'scheduled'],
    ]);

    const recent = await listRecentlyUpdatedArticles(db, { limit: 50, authorId: user.id });
    expect(recent.find((r) => r.id === live.id)?.status).toBe('published');
    expect(recent.find((r) => r.id === waiting.id)?.status).toBe('scheduled');

    const queues = await listDashboardQueues(db, {
      userId: user.id,
      ownOnly: true,
      dayStart: new Date(Date.now() - 24 * HOUR),
      limit: 10,
    });
    expect(queues.scheduled.map((a) => a.id)).toEqual([waiting.id]);
    expect(queues.publishedToday.map((a) => [a.id, a.status])).toEqual([[live.id, 'published']]);

    expect((await getArticleForEdit(db, { id: live.id }))?.status).toBe('published');
    expect((await getArticleForEdit(db, { id: waiting.id }))?.status).toBe('scheduled');
  });
});
