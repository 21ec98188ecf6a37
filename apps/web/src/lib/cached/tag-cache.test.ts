import { type CacheTag, tags } from '@vestnik/cache/tags';
import { describe, expect, it, vi } from 'vitest';

const calls: string[][] = [];
// Next's cacheTag works only inside a 'use cache' render; here it records what it was given.
vi.mock('next/cache', () => ({ cacheTag: (...list: string[]) => calls.push(list) }));

const { TAGS_PER_CALL, tagCache } = await import('./tag-cache');

describe('tagCache', () => {
  it('[SITE][CACHE] a day of 300 articles keeps every tag: at most 128 per call, none dropped', () => {
    calls.length = 0;
    const list: CacheTag[] = [
      tags.day('2026-11-30'),
      ...Array.from({ length: 300 }, (_, i) => tags.article(i + 1)),
    ];
    tagCache(...list);
    expect(calls.every((call) => call.length <= TAGS_PER_CALL)).toBe(true);
    expect(calls.flat()).toEqual(list);
  });
});
