import { expect, test } from '@playwright/test';
import { testDb } from './support/db';
import { fuzzPaths } from './support/fuzz-site';
import { SITE } from './support/urls';

const COUNT = Number(process.env.E2E_FUZZ_COUNT ?? 2000);

test('[READER][INPUT] thousands of hostile addresses get 4xx or a page, never a server error', {
  tag: ['@reader', '@security'],
}, async ({ request }) => {
  test.setTimeout(300_000);
  const slugs = (
    await testDb().$client<{ slug: string }[]>`
      select slug from articles union all select slug from rubrics union all select slug from tags`
  ).map((row) => row.slug);
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
