import { and, desc, eq, ilike, lt, or, type SQL } from 'drizzle-orm';
import { articles, media, sources } from '../schema/index.ts';
import type { MediaVariant } from '../schema/media.ts';
import type { Executor } from './audit.ts';

/** `%` and `_` typed by an editor are literal characters, not wildcards. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type InsertMediaParams = {
  storageKey: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  variants: MediaVariant[];
  alt: string;
  caption: string;
  credit: string;
  photoSourceId: number | null;
  uploadedBy: number;
};

export async function insertMedia(db: Executor, params: InsertMediaParams): Promise<number> {
  const [row] = await db.insert(media).values(params).returning({ id: media.id });
  return row!.id;
}

export type ListMediaParams = { limit: number; query?: string; beforeId?: number };

/** The media library, newest first, searched by alt, caption or credit; keyset on id. */
export function listMedia(db: Executor, params: ListMediaParams) {
  const query = params.query?.trim();
  const filters: (SQL | undefined)[] = [
    query
      ? or(
          ilike(media.alt, likePattern(query)),
          ilike(media.caption, likePattern(query)),
          ilike(media.credit, likePattern(query)),
        )
      : undefined,
    params.beforeId ? lt(media.id, params.beforeId) : undefined,
  ];
  return db
    .select({
      id: media.id,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      width: media.width,
      height: media.height,
      bytes: media.bytes,
      variants: media.variants,
      storageKey: media.storageKey,
      photoSourceId: media.photoSourceId,
      photoSource: sources.name,
      uploadedBy: media.uploadedBy,
      createdAt: media.createdAt,
    })
    .from(media)
    .leftJoin(sources, eq(sources.id, media.photoSourceId))
    .where(and(...filters))
    .orderBy(desc(media.id))
    .limit(params.limit);
}

export type GetMediaParams = { id: number };

export async function getMediaOwner(db: Executor, params: GetMediaParams) {
  const [row] = await db
    .select({
      id: media.id,
      uploadedBy: media.uploadedBy,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      photoSourceId: media.photoSourceId,
    })
    .from(media)
    .where(eq(media.id, params.id))
    .limit(1);
  return row;
}

export type UpdateMediaTextParams = {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  photoSourceId: number | null;
};

export async function updateMediaText(db: Executor, params: UpdateMediaTextParams) {
  const { id, ...values } = params;
  const rows = await db
    .update(media)
    .set(values)
    .where(eq(media.id, id))
    .returning({ id: media.id });
  return rows.length > 0;
}

/** Articles showing the image as their main photo: their pages must be refreshed on edits. */
export function listArticlesUsingMedia(db: Executor, params: GetMediaParams) {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.heroMediaId, params.id))
    .limit(500);
}
