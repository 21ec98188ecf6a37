import { documentFromParagraphs } from '@vestnik/content/document';
import { createUser } from '@vestnik/db/factories';
import { articleRevisions, articles } from '@vestnik/db/schema';
import { desc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createArticle } from '@/actions/articles/create-article';
import { saveArticle } from '@/actions/articles/save-article';
import { articleForm, ok } from './article-form';
import { adminTestDatabase, sessionState, signInAs } from './harness';

vi.mock('@/auth', () => ({ auth: async () => sessionState.current }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-real-ip': '198.51.100.8' }),
}));

const t = adminTestDatabase();

type Fields = Parameters<typeof createArticle>[0] & Record<string, unknown>;
const form = (overrides: Record<string, unknown> = {}) => articleForm(overrides) as Fields;

async function storedArticle(id: number) {
  const [row] = await t.current.db
    .select({
      title: articles.title,
      lead: articles.lead,
      body: articles.body,
      bodyText: articles.bodyText,
    })
    .from(articles)
    .where(eq(articles.id, id));
  return row!;
}

describe('typography on save', () => {
  let author: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    author = await createUser(t.current.db, { role: 'author' });
  });

  it('[EDITOR][TYPOGRAPHY] straight quotes in title, lead and body are stored as «ёлочки» and „лапки“', async () => {
    signInAs(author);
    const created = ok(await createArticle(form({ title: 'Компания "Ромашка" открыла завод' })));
    const saved = ok(
      await saveArticle({
        ...form({
          title: 'Компания "Ромашка" открыла завод',
          lead: '"Мы ждали этого "дня"", – сказал директор.',
          body: {
            type: 'doc',
            content: [
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: 'Завод "' },
                  { type: 'text', text: 'Ромашка', marks: [{ type: 'bold' }] },
                  { type: 'text', text: '" – подробности на ' },
                  {
                    type: 'text',
                    text: "O'Brien's site",
                    marks: [{ type: 'link', attrs: { href: 'https://example.kz/a' } }],
                  },
                ],
              },
              ...documentFromParagraphs(['"Қазақстан темір жолы" ұлттық компаниясы']).content,
            ],
          },
        }),
        id: created.id,
        version: created.version,
      }),
    );
    const row = await storedArticle(saved.id);
    expect(row.title).toBe('Компания «Ромашка» открыла завод');
    expect(row.lead).toBe('«Мы ждали этого „дня“», – сказал директор.');
    expect(row.body).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Завод «' },
            { type: 'text', text: 'Ромашка', marks: [{ type: 'bold' }] },
            { type: 'text', text: '» – подробности на ' },
            {
              type: 'text',
              text: "O'Brien's site",
              marks: [{ type: 'link', attrs: { href: 'https://example.kz/a' } }],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: '«Қазақстан темір жолы» ұлттық компаниясы' }],
        },
      ],
    });
    expect(row.bodyText).toContain('Завод «Ромашка»');
    const [revision] = await t.current.db
      .select({ snapshot: articleRevisions.snapshot })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, saved.id))
      .orderBy(desc(articleRevisions.version))
      .limit(1);
    expect(revision?.snapshot).toMatchObject({ title: 'Компания «Ромашка» открыла завод' });
  });

  it('[EDITOR][TYPOGRAPHY] a new draft is typeset from its first save', async () => {
    signInAs(author);
    const created = ok(await createArticle(form({ title: 'Фильм "Кайрат" вышел', lead: '' })));
    expect((await storedArticle(created.id)).title).toBe('Фильм «Кайрат» вышел');
  });
});
