import type { Locator, Page, Response } from '@playwright/test';
import { siteUrl } from '../urls';

/**
 * An article on the public site (/news/<slug>). Names are the Russian edition's; the language
 * switch is found in both editions.
 */
export class ArticlePage {
  /** The headline (the page's only h1). */
  readonly heading: Locator;
  /** The article's text (the body has no accessible name of its own). */
  readonly body: Locator;
  readonly breadcrumbs: Locator;
  /** The byline: one link per author, in the order the editor set (no name of its own). */
  readonly authors: Locator;
  /** The view counter: «Просмотров: 1084» for screen readers, the number on screen. */
  readonly views: Locator;
  /** «Читайте также»: hand-picked links first, then articles of the same rubric. */
  readonly related: Locator;
  readonly relatedLinks: Locator;
  /** The header's link to the same page in the other edition («Қазақша» / «Русский»). */
  readonly languageSwitch: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.body = page.locator('.article-body');
    this.breadcrumbs = page.getByRole('navigation', { name: 'Навигационная цепочка' });
    this.authors = page.locator('article header a[rel="author"]');
    this.views = page.locator('[data-article-views]');
    this.related = page.getByRole('region', { name: 'Читайте также' });
    this.relatedLinks = this.related.getByRole('link');
    this.languageSwitch = page
      .getByRole('navigation', { name: /^(Язык сайта|Сайт тілі)$/ })
      .getByRole('link');
  }

  /** Opens a path ('/news/…', as the fixtures' `path`) or a full address; returns the answer. */
  async open(where: string): Promise<Response | null> {
    return this.page.goto(siteUrl(where));
  }

  /** Follows the language switch to the translation (or the other edition's front page). */
  async switchLanguage(): Promise<void> {
    await this.languageSwitch.click();
  }
}
