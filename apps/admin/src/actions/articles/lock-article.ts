'use server';

import { acquireArticleLock } from '@vestnik/db/queries/article-workflow';
import { z } from 'zod';
import { defineAction } from '@/lib/action';
import { loadEditableArticle } from '@/lib/articles/access';
import { idSchema } from '@/lib/articles/input-schema';

/** About two minutes: the editor's heartbeat (every 45 s) refreshes it well before. */
const LOCK_TTL_SECONDS = 120;

export type LockState =
  | { acquired: true; until: string }
  | { acquired: false; holder: string | null; until: string | null };

/**
 * Opens or keeps the edit lock (heartbeat), or takes it over ("Перехватить редактирование").
 * The lock only informs; lost edits are prevented by the version check on save.
 */
export const lockArticle = defineAction({
  schema: z.object({ id: idSchema, force: z.boolean().default(false) }),
  permission: 'article.editOwn',
  run: async ({ input, user, tx }) => {
    const access = await loadEditableArticle(tx, user, input.id);
    if (!access.ok) return access;
    const result = await acquireArticleLock(tx, {
      id: input.id,
      userId: user.id,
      ttlSeconds: LOCK_TTL_SECONDS,
      force: input.force,
    });
    const data: LockState = result.acquired
      ? { acquired: true, until: result.lockedUntil.toISOString() }
      : {
          acquired: false,
          holder: result.holder?.name ?? null,
          until: result.holder ? result.lockedUntil.toISOString() : null,
        };
    const previous = access.article.lockedBy;
    const tookOver = input.force && previous !== null && previous !== user.id;
    return {
      ok: true,
      data,
      // Heartbeats are not worth a log line; taking over someone's lock is.
      audit: tookOver
        ? {
            action: 'article.lock.takeover',
            entityType: 'article',
            entityId: input.id,
            summary: { before: { lockedBy: previous }, after: { lockedBy: user.id } },
          }
        : undefined,
    };
  },
});
