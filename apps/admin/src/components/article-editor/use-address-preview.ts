'use client';

import { slugFollowsTitle, slugify } from '@vestnik/content/slug';
import { useEffect, useState } from 'react';
import { previewArticleSlug } from '@/actions/articles/preview-article-slug';
import type { ArticleMeta, FormState } from './types';

const DELAY_MS = 400;

export type AddressView = {
  slug: string;
  /** The saved address, which the next save keeps. */
  settled: boolean;
  /** The server has not answered yet for this title: `slug` is only the local guess. */
  checking: boolean;
  error?: string;
};

/**
 * The address the article has or will get. The saved one while it still holds (fixed, or
 * following the title); otherwise the server is asked what a save would give now, by the same
 * rule as the save, so a title another article already uses shows its -2 at once instead of
 * the bare slug it will not get.
 */
export function useAddressPreview(state: FormState, meta: ArticleMeta, enabled: boolean) {
  const settled = !state.slugManual && (meta.slugFixed || slugFollowsTitle(meta.slug, state.title));
  const guess = state.slugManual ? state.slug : slugify(state.title);
  const query = { id: meta.id, title: state.title, slug: state.slug, slugManual: state.slugManual };
  const key = JSON.stringify(query);
  const [answer, setAnswer] = useState<{ key: string; slug: string; error?: string } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the query
  useEffect(() => {
    if (settled || !enabled || !state.title.trim()) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await previewArticleSlug(query);
      if (!live) return;
      setAnswer(
        result.ok
          ? { key, slug: result.data.slug }
          : { key, slug: guess, error: result.code === 'invalid' ? result.error : undefined },
      );
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, settled, enabled]);
  if (settled) return { slug: meta.slug, settled: true, checking: false } satisfies AddressView;
  if (answer?.key === key) {
    return { slug: answer.slug, settled: false, checking: false, error: answer.error };
  }
  const checking = enabled && state.title.trim().length > 0;
  return { slug: guess, settled: false, checking } satisfies AddressView;
}
