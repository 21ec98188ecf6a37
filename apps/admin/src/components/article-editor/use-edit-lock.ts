'use client';

import { useCallback, useEffect, useState } from 'react';
import { lockArticle } from '@/actions/articles/lock-article';

const HEARTBEAT_MS = 45_000;

export type LockView = { kind: 'none' } | { kind: 'mine' } | { kind: 'other'; holder: string };

/**
 * A beacon, not a server action: the browser still delivers it while the page is going away.
 * The route frees the lock only if it is still ours (someone may have taken it over).
 */
function releaseLock(articleId: number) {
  const url = `/api/articles/${articleId}/lock/release`;
  if (navigator.sendBeacon?.(url)) return;
  void fetch(url, { method: 'POST', keepalive: true }).catch(() => undefined);
}

/**
 * Holds the advisory edit lock while the editor is open and visible (heartbeat well inside the
 * 2-minute TTL) and frees it on leaving: unmount (a link inside the admin) or pagehide (tab
 * closed, reload, another site). A tab left in the background stops the heartbeat and the lock
 * lapses by itself, so nobody is told for long that a forgotten tab is "editing". When someone
 * else holds the lock we say who, and offer to take it over.
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
    let timer: ReturnType<typeof setInterval> | undefined;
    const start = () => {
      if (timer) return;
      void acquire(false);
      timer = setInterval(() => void acquire(false), HEARTBEAT_MS);
    };
    const stop = () => {
      clearInterval(timer);
      timer = undefined;
    };
    const onVisibility = () => (document.visibilityState === 'visible' ? start() : stop());
    const onHide = () => {
      stop();
      releaseLock(articleId);
    };
    // Back from the back/forward cache: the page is open again, so is the lock.
    const onShow = (event: PageTransitionEvent) => event.persisted && start();
    if (document.visibilityState === 'visible') start();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
      onHide();
    };
  }, [enabled, articleId, acquire]);

  return { lock, takeOver: () => acquire(true) };
}
