import { createArticle, createRubric, createUser } from '@vestnik/db/factories';
import { articles } from '@vestnik/db/schema';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { publishArticle } from '@/actions/articles/publish-article';
import { unpublishArticle } from '@/actions/articles/unpublish-article';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({ headers: async () => new Headers() }));

const t = adminTestDatabase();

describe('effective status in the workflow', () => {
  it('[EDITOR][STATUS] a scheduled article that has gone live is treated as published: «publish now» is refused and does not move its time, unpublishing works', async () => {
    const db = t.current.db;
    const editor = await createUser(db, { role: 'editor' });
    const rubric = await createRubric(db);
    const publishAt = new Date(Date.now() - 3_600_000);
    const live = await createArticle(db, {
      status: 'scheduled',
      publishAt,
      rubricId: rubric.id,
      authorIds: [editor.id],
    });
    signInAs(editor);
    const refused = await publishArticle({ id: live.id, version: live.version });
    expect(refused).toEqual({
      ok: false,
      code: 'rejected',
      error: 'Это действие недоступно: материал сейчас опубликован.',
    });
    const [row] = await db
      .select({ publishAt: articles.publishAt })
      .from(articles)
      .where(eq(articles.id, live.id));
    expect(row?.publishAt).toEqual(publishAt);
    const off = await unpublishArticle({ id: live.id, version: live.version, to: 'draft' });
    expect(off).toMatchObject({ ok: true, data: { status: 'draft' } });
  });
});
