import { randomBytes, randomInt } from 'node:crypto';
import { documentFromParagraphs } from '@vestnik/content/document';
import { slugify } from '@vestnik/content/slug';
import { documentToPlainText } from '@vestnik/content/text';
import { eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { insertArticle } from '../queries/article-insert.ts';
import * as s from '../schema/index.ts';
import { hashPassword } from '../security/password.ts';

/** Test data builders: every call makes new, uniquely named rows, so tests never collide. */
const unique = () => randomBytes(4).toString('hex');

export type UserFactoryParams = Partial<typeof s.users.$inferInsert> & { password?: string };

export async function createUser(db: Database, params: UserFactoryParams = {}) {
  const id = unique();
  const password = params.password ?? `test-password-${id}`;
  const [row] = await db
    .insert(s.users)
    .values({
      email: `user-${id}@test.vestnik.local`,
      name: `Тестовый пользователь ${id}`,
      slug: `user-${id}`,
      role: 'author',
      ...params,
      passwordHash: await hashPassword(password),
    })
    .returning();
  return { ...row!, password };
}

export async function createRubric(
  db: Database,
  params: Partial<typeof s.rubrics.$inferInsert> = {},
) {
  const id = unique();
  const [row] = await db
    .insert(s.rubrics)
    .values({ slug: `rubric-${id}`, name: `Рубрика ${id}`, ...params })
    .returning();
  return row!;
}

export async function createSource(
  db: Database,
  params: Partial<typeof s.sources.$inferInsert> = {},
) {
  const id = unique();
  const [row] = await db
    .insert(s.sources)
    .values({ slug: `source-${id}`, name: `Источник ${id}`, domain: `source-${id}.kz`, ...params })
    .returning();
  return row!;
}

export type ArticleFactoryParams = Partial<typeof s.articles.$inferInsert> & {
  paragraphs?: string[];
  authorIds?: number[];
};

/** A published article (publish time one hour ago) unless told otherwise. */
export async function createArticle(db: Database, params: ArticleFactoryParams = {}) {
  const { paragraphs, authorIds = [], ...columns } = params;
  const title = columns.title ?? `Тестовая статья ${unique()}`;
  const body = columns.body ?? documentFromParagraphs(paragraphs ?? [`Текст статьи «${title}».`]);
  const status = columns.status ?? 'published';
  const visible = status === 'published' || status === 'scheduled';
  const publishAt = columns.publishAt ?? (visible ? new Date(Date.now() - 3_600_000) : null);
  const { id } = await insertArticle(db, {
    // The shape the admin gives an automatic slug (title, then a collision number), so an
    // editor's save keeps it, as it keeps any automatic slug that still follows its title.
    slug: `${slugify(title)}-${randomInt(100_000_000, 1_000_000_000)}`,
    lead: `Лид: ${title}`,
    bodyText: documentToPlainText(body as Parameters<typeof documentToPlainText>[0]),
    firstPublishedAt: status === 'published' ? publishAt : null,
    ...columns,
    title,
    body,
    status,
    publishAt,
  });
  if (authorIds.length) {
    await db
      .insert(s.articleAuthors)
      .values(authorIds.map((userId, position) => ({ articleId: id, userId, position })));
  }
  // Tests read every column of what they made (version, slug, timestamps…).
  const [row] = await db.select().from(s.articles).where(eq(s.articles.id, id));
  return row!;
}
