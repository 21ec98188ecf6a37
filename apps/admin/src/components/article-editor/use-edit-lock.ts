'use client';

import { useCallback, useEffect, useState } from 'react';
import { lockArticle } from '@/actions/articles/lock-article';

const HEARTBEAT_MS = 45_000;

export type LockView = { kind: 'none' } | { kind: 'mine' } | { kind: 'other'; holder: string };

/**
 * Holds the advisory edit lock while the editor is open (heartbeat well inside the 2-minute
 * TTL). When someone else holds it we say who, and offer to take it over.
 */
export function useEditLock(articleId: number | null, enabled: boolean) {
  const [lock, setLock] = useState<LockView>({ kind: 'none' });

  const acquire = useCallback(
    async (force: boolean) => {
      if (!articleId) return;
      const result = await lockArticle({ id: articleId, force });
      if (!result.ok) return;
      if (result.data.acquired) setLock({ kind: 'mine' });
      else if (result.data.holder) setLock({ kind: 'other', holder: result.data.holder });
    },
    [articleId],
  );

  useEffect(() => {
    if (!enabled || !articleId) return;
    void acquire(false);
    const timer = setInterval(() => void acquire(false), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [enabled, articleId, acquire]);

  return { lock, takeOver: () => acquire(true) };
}
