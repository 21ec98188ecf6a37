import { describe, expect, it } from 'vitest';
import { articleChangeTags, TAG_PATTERN, tags } from './tags.ts';

const zone = 'Asia/Almaty';

describe('articleChangeTags', () => {
  it('[CACHE][TAGS] publishing or unpublishing one of a translation pair expires the group, a draft of it does not', () => {
    const state = {
      status: 'published',
      rubricId: null,
      publishAt: new Date(),
      translationGroup: 7,
    };
    expect(articleChangeTags(8, zone, state)).toContain('translations:7');
    expect(articleChangeTags(8, zone, { ...state, status: 'draft' })).toEqual([]);
    expect(articleChangeTags(8, zone, { ...state, translationGroup: null })).not.toContain(
      expect.stringMatching(/^translations:/),
    );
  });

  it('[CACHE][TAGS] a draft saved expires nothing', () => {
    expect(
      articleChangeTags(1, zone, { status: 'draft', rubricId: 2, publishAt: null, slug: 'x' }),
    ).toEqual([]);
  });

  it('[CACHE][TAGS] a move to another rubric and day expires both listings, the address and the archive units in the site zone', () => {
    const before = {
      status: 'published',
      slug: 'staryy',
      rubricId: 2,
      publishAt: new Date('2026-11-29T19:30:00Z'), // 30 Nov 00:30 in Almaty (UTC+5)
      authorIds: [5],
      tagIds: [8],
      sourceIds: [9],
    };
    const after = { ...before, rubricId: 3, publishAt: new Date('2025-01-10T10:00:00Z') };
    const result = articleChangeTags(42, zone, before, after);
    expect(result).toEqual(
      expect.arrayContaining([
        'article:42',
        'home',
        'latest',
        'sitemap',
        'slug:staryy',
        'rubric:2',
        'rubric:3',
        'day:2026-11-30',
        'month:2026-11',
        'year:2026',
        'day:2025-01-10',
        'author:5',
        'tag:8',
        'source:9',
      ]),
    );
    for (const tag of result) expect(tag).toMatch(TAG_PATTERN);
  });

  it('[CACHE][TAGS] every tag builder yields a tag the revalidation endpoint accepts', () => {
    const built = [
      tags.article(1),
      tags.slug('novost-dnya-2'),
      tags.rubric(1),
      tags.tag(1),
      tags.author(1),
      tags.source(1),
      tags.day('2026-11-30'),
      tags.month('2026-11'),
      tags.year('2026'),
      tags.home,
      tags.latest,
      tags.rubrics,
      tags.sitemap,
      tags.popular,
      tags.archive,
    ];
    for (const tag of built) expect(tag).toMatch(TAG_PATTERN);
  });
});
