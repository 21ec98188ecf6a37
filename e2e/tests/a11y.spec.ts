import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { REFERENCE_ARTICLE } from './support/reference';
import { SITE } from './support/urls';

// One page of every type a reader can reach, all from the demo archive.
const PAGES: [string, string][] = [
  ['home', '/'],
  ['article', REFERENCE_ARTICLE.path],
  ['rubric', '/rubric/world'],
  ['tag', '/tag/obse'],
  ['author', '/author/dmitriy-kovalyov'],
  ['source', '/source/interfax-kz'],
  ['archive', '/archive'],
  ['archive year', '/archive/2016'],
  ['archive month', '/archive/2016/05'],
  ['archive day', '/archive/2016/05/12'],
  ['popular', '/popular?period=all'],
  ['search', '/search?q=%D0%BF%D1%80%D0%B5%D0%B7%D0%B8%D0%B4%D0%B5%D0%BD%D1%82%D0%B0'],
  ['not found', '/news/net-takoy-stati'],
  // The Kazakh edition (its article is the newest of its RSS, see below).
  ['kk home', '/kk'],
  ['kk article', 'kk-article'],
  ['kk rubric', '/kk/rubric/world'],
  ['kk archive month', '/kk/archive/2016/05'],
  ['kk popular', '/kk/popular'],
  ['kk search', `/kk/search?q=${encodeURIComponent('мектеп')}`],
  ['kk not found', '/kk/news/mundai-maqala-zhoq'],
];

/** The newest Kazakh article's path, from the Kazakh edition's RSS. */
async function kazakhArticlePath(request: APIRequestContext): Promise<string> {
  const rss = await (await request.get(`${SITE}/kk/rss.xml`)).text();
  const link = /<item><title>[^<]*<\/title><link>([^<]+)<\/link>/.exec(rss)?.[1];
  if (!link) throw new Error('The Kazakh edition has no article in its RSS');
  return new URL(link).pathname;
}

for (const [name, where] of PAGES) {
  test(
    `[READER][A11Y] ${name}: no serious or critical axe violations, phone and desktop`,
    { tag: ['@reader', '@a11y'] },
    async ({ page, request }, testInfo) => {
      const path = where === 'kk-article' ? await kazakhArticlePath(request) : where;
      // Two full axe runs and two full-page screenshots; a database that repeated runs filled
      // with test rubrics (all in the navigation) took the home page past 30 s at repeat 12.
      test.setTimeout(60_000);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${SITE}${path}`);
        // Legacy mode runs axe.run() in the page itself. The default runs axe in each frame, then
        // opens a blank page to merge the frames' results: measured on this suite's 40 runs (2 workers,
        // 2 cores), 169 s of axe in the default mode, 98 s in this one, and the same violations
        // (an <img> without alt added on purpose was reported either way). What legacy mode leaves
        // out is cross-origin frames, and the site has none (no <iframe> anywhere in apps/web).
        const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(serious, `${name} at ${width}px`).toEqual([]);
        await page.screenshot({
          path: testInfo.outputPath(`${name.replaceAll(' ', '-')}-${width}.png`),
          fullPage: true,
        });
      }
    },
  );
}
