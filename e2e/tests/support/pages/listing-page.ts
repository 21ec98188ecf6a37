import type { Locator, Page, Response } from '@playwright/test';
import { siteUrl } from '../urls';
import { ArchivePicker } from './archive-picker';

/**
 * A page that lists articles, newest first, 20 at a time: a rubric, tag, author or source
 * (/rubric/<slug>…), or a day of the archive (/archive/2016/05/12).
 */
export class ListingPage {
  /** The rubric's (tag's, author's…) name, or the day. */
  readonly heading: Locator;
  /** The headlines of the listed articles, in order. */
  readonly headlines: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;
  readonly archivePicker: ArchivePicker;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    // Visible ones only: after a client-side navigation Next keeps the previous page, hidden, in
    // the document (React Activity), so that going back restores it as it was.
    this.headlines = page.locator('main ol li h3:visible');
    this.nextPage = page.getByRole('link', { name: /Следующая страница/ });
    this.previousPage = page.getByRole('link', { name: /Предыдущая страница/ });
    this.archivePicker = new ArchivePicker(page);
  }

  /** Opens a path ('/rubric/…', as the fixtures' `path`) or a full address; returns the answer. */
  async open(where: string): Promise<Response | null> {
    return this.page.goto(siteUrl(where));
  }

  /** A link to an article in the list (or anywhere on the page), by its title. */
  articleLink(title: string): Locator {
    return this.page.getByRole('link', { name: title });
  }
}
