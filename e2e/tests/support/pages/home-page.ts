import { expect, type Locator, type Page, type Response } from '@playwright/test';
import type { ArticleLocale } from '@vestnik/db/schema';
import { SITE, sitePath } from '../urls';
import { ArchivePicker } from './archive-picker';

/** The front page of an edition (/ or /kk). */
export class HomePage {
  /** «Срочная новость»: shown while a breaking article is fresh. */
  readonly breakingBanner: Locator;
  /** The featured story at the top; its headline is a level-2 heading. */
  readonly leadStory: Locator;
  /** «Лента новостей»: the newest articles. */
  readonly latest: Locator;
  /** «Популярное», with its tabs Все / День / Неделя… */
  readonly popular: Locator;
  readonly searchBox: Locator;
  readonly archivePicker: ArchivePicker;

  constructor(readonly page: Page) {
    this.breakingBanner = page.getByRole('complementary', { name: 'Срочная новость' });
    // Named by its own headline, which differs every time: found by what names it.
    this.leadStory = page.locator('article[aria-labelledby="lead-story-title"]');
    this.latest = page.getByRole('region', { name: 'Лента новостей' });
    this.popular = page.getByRole('region', { name: 'Популярное' });
    this.searchBox = page.getByRole('searchbox', { name: 'Поиск по сайту' });
    this.archivePicker = new ArchivePicker(page);
  }

  async open(locale: ArticleLocale = 'ru'): Promise<Response | null> {
    return this.page.goto(`${SITE}${sitePath(locale, '/')}`);
  }

  /**
   * Opens the page again and again until `check` passes (give its assertions a short time-out),
   * for up to 15 s. A write expires the cached front page at once, but a render of it that
   * another reader began before the write still answers every request that arrives while it
   * runs: Next, like Varnish, hands one render to all requests waiting for the same page. Under
   * two workers that reader is often another test. The next load is rendered afresh.
   */
  async openUntil(check: () => Promise<unknown>, locale: ArticleLocale = 'ru'): Promise<void> {
    await expect(async () => {
      await this.open(locale);
      await check();
    }).toPass({ timeout: 15_000 });
  }

  /** A link to an article anywhere on the page, by its title. */
  articleLink(title: string): Locator {
    return this.page.getByRole('link', { name: title });
  }

  /** Types the words into the header's search box and sends them (Enter). */
  async search(words: string): Promise<void> {
    await this.searchBox.fill(words);
    await this.searchBox.press('Enter');
  }
}
