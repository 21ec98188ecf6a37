import { describe, expect, it } from 'vitest';
import { cacheHeaders, PRIVATE, redirectStatus } from './http-cache';

const page = {
  method: 'GET',
  path: '/news/vstrecha',
  status: 200,
  cacheControl: 's-maxage=300, stale-while-revalidate=3300',
  tags: 'article:1 home',
};

describe('HTTP cache policy', () => {
  it('[SITE][CACHE] a page from the page cache is public for shared caches, revalidated by browsers, with its tags as xkey', () => {
    expect(cacheHeaders(page)).toEqual({
      cacheControl:
        'public, max-age=0, s-maxage=300, stale-while-revalidate=3300, stale-if-error=86400',
      xkey: 'article:1 home',
      dropCookies: true,
    });
  });

  it('[SITE][CACHE] a 404 is kept by shared caches for at most five seconds', () => {
    expect(cacheHeaders({ ...page, status: 404 }).cacheControl).toBe(
      'public, max-age=0, s-maxage=5, stale-while-revalidate=5, stale-if-error=86400',
    );
  });

  it('[SITE][CACHE] errors, search, previews, the API and overtaken renders are never stored, whatever Next said', () => {
    expect(cacheHeaders({ ...page, status: 500 })).toEqual({
      cacheControl: PRIVATE,
      dropCookies: false,
    });
    for (const path of [
      '/search',
      '/search?q=x',
      '/kk/search?q=x',
      '/preview/abc',
      '/api/views/1',
    ]) {
      expect(cacheHeaders({ ...page, path }).cacheControl, path).toBe(PRIVATE);
    }
    expect(cacheHeaders({ ...page, path: '/searchlight' }).cacheControl).not.toBe(PRIVATE);
    // A render an expiry overtook may show what the expiry replaced (see cache/overtaken-reads).
    expect(cacheHeaders({ ...page, overtaken: true })).toEqual({
      cacheControl: PRIVATE,
      dropCookies: false,
    });
  });

  it('[SITE][CACHE] responses Next did not mark cacheable, and non-GET requests, are left as they are', () => {
    expect(
      cacheHeaders({
        ...page,
        cacheControl: 'private, no-cache, no-store, max-age=0, must-revalidate',
      }),
    ).toEqual({ dropCookies: false });
    expect(cacheHeaders({ ...page, cacheControl: undefined })).toEqual({ dropCookies: false });
    expect(cacheHeaders({ ...page, method: 'POST' })).toEqual({ dropCookies: false });
  });

  it('[SITE][CACHE] permanent redirects of pages answer 301', () => {
    expect(redirectStatus('GET', 308)).toBe(301);
    expect(redirectStatus('HEAD', 308)).toBe(301);
    expect(redirectStatus('POST', 308)).toBe(308);
    expect(redirectStatus('GET', 307)).toBe(307);
  });
});
