import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { corrections, users } from '../schema/index.ts';
import type { Executor } from './audit.ts';

export type AddCorrectionParams = { articleId: number; text: string; userId: number };

export async function addCorrection(db: Executor, params: AddCorrectionParams) {
  const [row] = await db
    .insert(corrections)
    .values({ articleId: params.articleId, text: params.text, authorId: params.userId })
    .returning({ id: corrections.id, createdAt: corrections.createdAt });
  return row!;
}

export type ListCorrectionsParams = { articleId: number };

/** Oldest first, as the site prints them under the article. */
export function listArticleCorrections(db: Database, params: ListCorrectionsParams) {
  return db
    .select({
      id: corrections.id,
      text: corrections.text,
      createdAt: corrections.createdAt,
      author: users.name,
    })
    .from(corrections)
    .leftJoin(users, eq(users.id, corrections.authorId))
    .where(eq(corrections.articleId, params.articleId))
    .orderBy(asc(corrections.createdAt), asc(corrections.id));
}
