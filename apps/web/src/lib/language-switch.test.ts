import { describe, expect, it } from 'vitest';
import { switchTarget } from './language-switch';

describe('switchTarget', () => {
  it.each([
    [[], 'ru', 'kk', '/kk'],
    [[], 'kk', 'ru', '/'],
    [['news', 'nauryz'], 'ru', 'kk', '/news/nauryz/translation'],
    [['news', 'nauryz'], 'kk', 'ru', '/kk/news/nauryz/translation'],
    [['rubric', 'politics'], 'ru', 'kk', '/kk/rubric/politics'],
    // An older page of a listing is another list in the other language: its first page.
    [['rubric', 'politics', '2026-03-01T10:00:00Z_77'], 'kk', 'ru', '/rubric/politics'],
    [['tag', 'obse'], 'ru', 'kk', '/kk/tag/obse'],
    [['archive', '2016', '05', '12'], 'ru', 'kk', '/kk/archive/2016/05/12'],
    [['archive'], 'kk', 'ru', '/archive'],
    [['archive', 'pick'], 'ru', 'kk', '/kk/archive'],
    [['popular', 'week'], 'ru', 'kk', '/kk/popular?period=week'],
    [['popular', 'all'], 'kk', 'ru', '/popular'],
    [['search'], 'ru', 'kk', '/kk/search'],
    [['old-post', '101'], 'ru', 'kk', '/kk'],
    [['__PAGE__'], 'ru', 'kk', '/kk'],
    [['anything', 'else'], 'kk', 'ru', '/'],
  ] as const)('[SITE][KK] %j from %s leads to %s: %s', (segments, from, to, expected) => {
    expect(switchTarget(segments, from, to)).toBe(expected);
  });
});
