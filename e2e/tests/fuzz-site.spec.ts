import { type APIRequestContext, expect, test } from '@playwright/test';
import { fuzzPaths } from './support/fuzz-site';
import { SITE } from './support/urls';

const COUNT = Number(process.env.E2E_FUZZ_COUNT ?? 2000);

/** The `<loc>` addresses of a sitemap file. */
async function sitemapLocs(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(`${SITE}${path}`);
  expect(response.status(), path).toBe(200);
  return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
}

/**
 * Real slugs of the site's articles, rubrics and tags, as its sitemaps list them (the sitemap
 * index, the section file, then every month or day file), so the fuzzed addresses also reach
 * pages that exist.
 */
async function siteSlugs(request: APIRequestContext): Promise<string[]> {
  const files = (await sitemapLocs(request, '/sitemap.xml')).map((loc) => new URL(loc).pathname);
  const slugs = new Set<string>();
  for (const file of files) {
    for (const loc of await sitemapLocs(request, file)) {
      const found = /^(?:\/kk)?\/(?:news|rubric|tag)\/([^/?#]+)$/.exec(new URL(loc).pathname);
      if (found) slugs.add(found[1]!);
    }
  }
  return [...slugs];
}

test('[READER][INPUT] thousands of hostile addresses get 4xx or a page, never a server error', {
  tag: ['@reader', '@security'],
}, async ({ request }) => {
  test.setTimeout(300_000);
  const slugs = await siteSlugs(request);
  expect(slugs.length, 'slugs found in the sitemaps').toBeGreaterThan(0);
  const paths = fuzzPaths(COUNT, 20261130, slugs);
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const response = await request.get(`${SITE}${path}`, { maxRedirects: 0, timeout: 30_000 });
      if (response.status() >= 500) failures.push(`${response.status()} ${path.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  expect(failures, `${failures.length} of ${paths.length} answered 5xx`).toEqual([]);
});
