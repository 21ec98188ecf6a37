'use client';

import { useEffect, useState } from 'react';
import type { BylinePerson } from './types';

/** People matching the typed name (two letters at least), fetched a moment after typing stops. */
export function usePersonSearch(query: string) {
  const [found, setFound] = useState<BylinePerson[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/users/search?${new URLSearchParams({ q })}`, {
          signal: controller.signal,
        });
        if (response.ok) setFound((await response.json()) as BylinePerson[]);
      } catch {
        // Aborted by the next keystroke.
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return found;
}
