import path from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { importArchive } from '@vestnik/db/import';
import { getImportedArticleSlug } from '@vestnik/db/queries/imports';
import { testDb } from './support/db';
import { SITE } from './support/urls';

const fixtures = path.resolve(import.meta.dirname, '../../packages/db/test/fixtures/import');
const storeDir =
  process.env.MEDIA_DIR ?? path.resolve(import.meta.dirname, '../test-results/media');

/** The slug the import gave an item (a demo article may already hold the natural one). */
async function slugOf(source: string, externalId: string): Promise<string> {
  const slug = await getImportedArticleSlug(testDb(), { source, externalId });
  if (!slug) throw new Error(`item ${externalId} of ${source} was not imported`);
  return slug;
}

test.beforeAll(async () => {
  for (const file of ['wordpress-ru.xml', 'wordpress-kk.xml']) {
    await importArchive({
      db: testDb(),
      file: path.join(fixtures, file),
      format: 'wordpress',
      storeDir,
      dryRun: false,
    });
  }
});

/** Status and Location of one hop (exactly one Location line: the site's server sees to it). */
const redirectOf = async (request: APIRequestContext, address: string) => {
  const response = await request.get(`${SITE}${address}`, { maxRedirects: 0 });
  const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
  expect(locations.length, `${address}: Location lines`).toBeLessThanOrEqual(1);
  return { status: response.status(), location: locations[0]?.value ?? '' };
};

test('[IMPORT][REDIRECTS] old WordPress addresses answer 301 to the new pages', {
  tag: ['@reader', '@import', '@local'],
}, async ({ request }) => {
  const ru = await slugOf('wordpress:old-news.kz', '101');
  const kk = await slugOf('wordpress:eski.kz', '7');
  const cases: [string, string][] = [
    // The permalink with percent-encoded Cyrillic, in both hex cases, with and without the slash.
    [
      '/2019/05/12/%d0%b2%d1%81%d1%82%d1%80%d0%b5%d1%87%d0%b0-%d0%bf%d1%80%d0%b5%d0%b7%d0%b8%d0%b4%d0%b5%d0%bd%d1%82%d0%be%d0%b2/',
      `/news/${ru}`,
    ],
    [
      '/2019/05/12/%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0-%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82%D0%BE%D0%B2',
      `/news/${ru}`,
    ],
    ['/?p=101', `/news/${ru}`],
    ['/%d0%b6%d0%b0%d2%a3%d0%b0-%d0%be%d2%9b%d1%83-%d0%b6%d1%8b%d0%bb%d1%8b/', `/news/${kk}`],
    ['/category/%d0%bf%d0%be%d0%bb%d0%b8%d1%82%d0%b8%d0%ba%d0%b0/', '/rubric/politika'],
    ['/category/%d0%bf%d0%be%d0%bb%d0%b8%d1%82%d0%b8%d0%ba%d0%b0/vybory/', '/tag/vybory'],
    ['/tag/%d0%b0%d1%81%d1%82%d0%b0%d0%bd%d0%b0/', '/tag/astana'],
  ];
  for (const [address, target] of cases) {
    const { status, location } = await redirectOf(request, address);
    // A trailing slash is first dropped by Next (308/301 to the same address without it).
    if ([301, 308].includes(status) && location && !location.endsWith(target)) {
      const hop = new URL(location, SITE);
      const next = await redirectOf(request, hop.pathname + hop.search);
      expect(next.status, address).toBe(301);
      expect(new URL(next.location, SITE).pathname, address).toBe(target);
      continue;
    }
    expect(status, address).toBe(301);
    expect(new URL(location, SITE).pathname, address).toBe(target);
  }
  // The new address is the article itself.
  expect((await request.get(`${SITE}/news/${ru}`)).status()).toBe(200);
});

test('[IMPORT][REDIRECTS] an unknown old address and an unpublished item stay short-lived 404s', {
  tag: ['@reader', '@import', '@local'],
}, async ({ request }) => {
  for (const address of ['/2019/05/12/net-takoy-stati', '/?p=102', '/?p=999999']) {
    const response = await request.get(`${SITE}${address}`, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
    const maxAge = /s-maxage=(\d+)/.exec(response.headers()['cache-control'] ?? '');
    if (maxAge) expect(Number(maxAge[1]), address).toBeLessThanOrEqual(5);
  }
});
