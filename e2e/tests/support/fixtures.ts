/**
 * The suite's own `test` and `expect`: Playwright's, plus fixtures that log people in and make
 * the data a test needs. A spec imports both from here instead of '@playwright/test':
 *
 *   import { expect, test } from './support/fixtures';
 *
 *   test('…', async ({ asEditor, makeArticle, page }) => { … });
 *
 * A fixture is set up only for the tests that name it, and cleaned up after each of them.
 * e2e/README.md ("How to write a test") shows them at work.
 */
import { randomBytes } from 'node:crypto';
import { type BrowserContext, test as base, type Page, type TestInfo } from '@playwright/test';
import type { ArticleFactoryParams, UserFactoryParams } from '@vestnik/db/factories';
import type { UserRole } from '@vestnik/db/schema';
import { type LoggedIn, loginAs as loginThroughApi } from './auth';
import { REFERENCE_ARTICLE, type ReferenceArticle } from './reference';
import { testData } from './test-data';
import { sitePath, siteUrl } from './urls';

export { expect } from '@playwright/test';

/** A person logged in to the admin: their own browser context, a page in it, and their row. */
export type Session = LoggedIn & { page: Page };

/** What a made row adds to its columns: where it is on the public site. */
type OnSite = { path: string; url: string };

export type MadeArticle = Awaited<ReturnType<typeof testData.createArticle>> & OnSite;
export type MadeRubric = Awaited<ReturnType<typeof testData.createRubric>> & OnSite;
export type MadeAuthor = Awaited<ReturnType<typeof testData.createUser>> & OnSite;
export type MadeSource = Awaited<ReturnType<typeof testData.createSource>> & OnSite;

type Fixtures = {
  /**
   * `uniqueName('Рубрика')` → 'Рубрика w0r2 5f3a9c': a name no other test, worker, repeat
   * (--repeat-each) or earlier run in the same database has, so a test never meets rows it did
   * not make.
   */
  uniqueName: (base: string) => string;
  /** Logs in a new user of that role (name, email… as overrides); closed after the test. */
  loginAs: (role: UserRole, overrides?: UserFactoryParams) => Promise<Session>;
  asAuthor: Session;
  asEditor: Session;
  asAdmin: Session;
  /**
   * A published Russian article (published an hour ago) unless told otherwise: the factory's
   * parameters (status, publishAt, rubricId, authorIds, locale, title…). The site's caches of
   * every page that shows it are expired, so it is on the site at once.
   */
  makeArticle: (params?: ArticleFactoryParams) => Promise<MadeArticle>;
  /** A rubric, in the site's navigation at once. */
  makeRubric: (params?: Parameters<typeof testData.createRubric>[0]) => Promise<MadeRubric>;
  /** A person who can sign articles (an author who cannot log in unless you use loginAs). */
  makeAuthor: (params?: UserFactoryParams) => Promise<MadeAuthor>;
  /** A source (outlet, agency) that articles can cite. */
  makeSource: (params?: Parameters<typeof testData.createSource>[0]) => Promise<MadeSource>;
  /** The demo archive's reference article (support/reference.ts): read it, never change it. */
  referenceArticle: ReferenceArticle;
  /**
   * `forgetLoginsOf(user.email)` before a test fails logins for that address: its failed
   * attempts are forgotten after the test, through the test-data API. Every test logs in from one
   * client address, which the admin also limits (100 failures an hour), and an address that
   * failed five times stays locked for the next repeat (--repeat-each) of the same test.
   */
  forgetLoginsOf: (email: string) => string;
};

/** Worker and repeat make names differ between parallel and repeated runs, the suffix between runs. */
function uniqueMark(testInfo: TestInfo): string {
  const suffix = randomBytes(3).toString('hex');
  return `w${testInfo.workerIndex}r${testInfo.repeatEachIndex} ${suffix}`;
}

const onSite = (path: string): OnSite => ({ path, url: siteUrl(path) });

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern, and this one has none.
  uniqueName: async ({}, use, testInfo) => {
    await use((name) => `${name} ${uniqueMark(testInfo)}`);
  },

  loginAs: async ({ browser }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (role, overrides = {}) => {
      const session = await loginThroughApi(browser, role, overrides);
      opened.push(session.context);
      return { ...session, page: await session.context.newPage() };
    });
    await Promise.all(opened.map((context) => context.close()));
  },
  asAuthor: async ({ loginAs }, use) => use(await loginAs('author')),
  asEditor: async ({ loginAs }, use) => use(await loginAs('editor')),
  asAdmin: async ({ loginAs }, use) => use(await loginAs('admin')),

  makeArticle: async ({ uniqueName }, use) => {
    await use(async (params = {}) => {
      // The test-data API expires every page that shows it, as a publish does.
      const row = await testData.createArticle({ title: uniqueName('Тестовая статья'), ...params });
      return { ...row, ...onSite(sitePath(row.locale, `/news/${row.slug}`)) };
    });
  },
  makeRubric: async ({ uniqueName }, use) => {
    await use(async (params = {}) => {
      // Expired in every page's navigation by the test-data API, as the admin does.
      const row = await testData.createRubric({ name: uniqueName('Рубрика'), ...params });
      return { ...row, ...onSite(`/rubric/${row.slug}`) };
    });
  },
  // No page shows a new author or source until an article names them, and that article's own
  // expiry reaches their pages: nothing to expire here (the admin expires nothing either).
  makeAuthor: async ({ uniqueName }, use) => {
    await use(async (params = {}) => {
      const row = await testData.createUser({ name: uniqueName('Автор'), ...params });
      return { ...row, ...onSite(`/author/${row.slug}`) };
    });
  },
  makeSource: async ({ uniqueName }, use) => {
    await use(async (params = {}) => {
      const row = await testData.createSource({ name: uniqueName('Источник'), ...params });
      return { ...row, ...onSite(`/source/${row.slug}`) };
    });
  },

  referenceArticle: REFERENCE_ARTICLE,

  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern, and this one has none.
  forgetLoginsOf: async ({}, use) => {
    const emails = new Set<string>();
    await use((email) => {
      emails.add(email.toLowerCase());
      return email;
    });
    if (emails.size) await testData.forgetLoginAttempts([...emails]);
  },
});
