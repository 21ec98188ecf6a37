import { createArticle, createUser } from '@vestnik/db/factories';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createArticle as createArticleAction } from '@/actions/articles/create-article';
import { articleForm } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.4' }),
}));

const t = adminTestDatabase();
const WORD = 'Сейсмостойкость';

async function search(query: string) {
  const { GET } = await import('@/app/api/articles/search/route');
  const response = await GET(
    new Request(`http://admin.test/api/articles/search?q=${encodeURIComponent(query)}`),
  );
  return (await response.json()) as { id: number; title: string; status: string }[];
}

describe('article title search ("Читайте также")', () => {
  const users = {} as Record<'me' | 'other' | 'editor', Awaited<ReturnType<typeof createUser>>>;
  const titles = {} as Record<string, { id: number; title: string }>;

  beforeAll(async () => {
    users.me = await createUser(t.current.db, { role: 'author' });
    users.other = await createUser(t.current.db, { role: 'author' });
    users.editor = await createUser(t.current.db, { role: 'editor' });
    const make = async (key: string, status: string, owner: number, publishAt?: Date) => {
      titles[key] = await createArticle(t.current.db, {
        title: `${WORD}: ${key}`,
        status: status as 'draft',
        createdBy: owner,
        authorIds: [owner],
        ...(publishAt ? { publishAt } : {}),
      });
    };
    await make('чужой черновик', 'draft', users.other.id);
    await make('чужой на проверке', 'review', users.other.id);
    await make('чужой запланированный', 'scheduled', users.other.id, new Date(Date.now() + 864e5));
    await make('чужой в архиве', 'archived', users.other.id);
    await make('чужой опубликованный', 'published', users.other.id);
    await make('мой черновик', 'draft', users.me.id);
  });

  it("[AUTHOR][SEARCH] an author finds published articles and their own, never another author's draft, review, scheduled or archived title", async () => {
    signInAs(users.me);
    const found = (await search(WORD)).map((row) => row.title).sort();
    expect(found).toEqual([`${WORD}: мой черновик`, `${WORD}: чужой опубликованный`]);
  });

  it('[EDITOR][SEARCH] an editor finds every article', async () => {
    signInAs(users.editor);
    expect((await search(WORD)).length).toBe(6);
  });

  it("[AUTHOR][SEARCH] an author cannot link another author's unpublished article by id to read its title", async () => {
    signInAs(users.me);
    const result = await createArticleAction(
      articleForm({ relatedIds: [titles['чужой черновик']!.id] }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: 'Связанный материал не найден или ещё не опубликован.',
    });
    const allowed = await createArticleAction(
      articleForm({ relatedIds: [titles['чужой опубликованный']!.id, titles['мой черновик']!.id] }),
    );
    expect(allowed.ok).toBe(true);
  });
});
