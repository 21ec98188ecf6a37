import { expect, type Locator, type Page, type Response } from '@playwright/test';
import { ADMIN } from '../urls';

/** The admin works in the newsroom's zone: its publish-time field is local time there. */
const NEWSROOM_TIME_ZONE = 'Asia/Almaty';

/** A `datetime-local` value ('2026-05-12T15:40') for a moment, in the newsroom's zone. */
export function newsroomTimeInput(at: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: NEWSROOM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return parts.replace(' ', 'T');
}

/**
 * The admin's article editor (/articles/new and /articles/<id>), on a page logged in as someone
 * who may open it (the asAuthor/asEditor fixtures):
 *
 *   const editor = new ArticleEditor(asEditor.page);
 *   await editor.open(article.id);
 *
 * Actions only act: what should follow (a status, a refusal) is for the test to check, with the
 * locators below. Only save() also waits, for the "Сохранено в …" notice, because nothing else
 * tells that a save has finished.
 */
export class ArticleEditor {
  readonly title: Locator;
  readonly lead: Locator;
  readonly body: Locator;
  readonly rubric: Locator;
  /** The slug field ("Адрес (slug)"): follows the title until the first publish or an edit. */
  readonly slug: Locator;
  /** The full address on the site the article has, or will get when published. */
  readonly address: Locator;
  readonly publishTime: Locator;
  /** The status in words: «Черновик», «На проверке», «Запланирован», «Опубликован»… */
  readonly status: Locator;
  /** «Сохранено в 14:32»: shown after a save or an autosave. */
  readonly savedNotice: Locator;
  /** «… редактирует этот материал»: someone else holds the edit lock. */
  readonly lockNotice: Locator;
  /** The link to the article on the site (published or scheduled articles only). */
  readonly siteLink: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Заголовок', { exact: true });
    this.lead = page.getByLabel('Лид', { exact: true });
    this.body = page.getByLabel('Текст статьи');
    this.rubric = page.getByLabel('Рубрика');
    this.slug = page.getByLabel('Адрес (slug)');
    this.address = page.getByTestId('article-address');
    this.publishTime = page.getByLabel('Время публикации');
    this.status = page.getByTestId('article-status');
    this.savedNotice = page.getByText(/Сохранено в \d\d:\d\d/);
    this.lockNotice = page.getByText('редактирует этот материал');
    this.siteLink = page.getByRole('link', { name: 'на сайте' });
  }

  /** An empty editor: the first autosave creates the draft (see waitForAutosave). */
  async openNew(): Promise<void> {
    await this.page.goto(`${ADMIN}/articles/new`);
  }

  /** Opens an existing article; returns the answer (a 404 for someone who may not open it). */
  async open(id: number): Promise<Response | null> {
    return this.page.goto(`${ADMIN}/articles/${id}`);
  }

  /** The article's id, from the address (a new draft gets one at its first autosave). */
  id(): number {
    const id = Number(new URL(this.page.url()).pathname.split('/').pop());
    if (!Number.isInteger(id)) throw new Error(`not an article's address: ${this.page.url()}`);
    return id;
  }

  async fillTitle(text: string): Promise<void> {
    await this.title.fill(text);
  }

  async fillLead(text: string): Promise<void> {
    await this.lead.fill(text);
  }

  /** Types into the rich-text body as a person would (it is an editor, not an input). */
  async typeBody(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.type(text);
  }

  /** Chooses a rubric by its name, or by its place in the list (1 = the first rubric). */
  async chooseRubric(rubric: string | { index: number }): Promise<void> {
    await this.rubric.selectOption(typeof rubric === 'string' ? { label: rubric } : rubric);
  }

  /** The address the site has, or will give, the article, as the editor shows it. */
  async addressText(): Promise<string> {
    return (await this.address.textContent()) ?? '';
  }

  /**
   * Waits for the autosave of a new draft: the notice, and the address switching from
   * /articles/new to the article's own.
   */
  async waitForAutosave(): Promise<void> {
    // An autosave waits for typing to pause, then writes: slower than a click on a busy machine.
    await expect(this.savedNotice).toBeVisible({ timeout: 15_000 });
    await expect(this.page).toHaveURL(/\/articles\/\d+$/);
  }

  /** Saves and waits for the "Сохранено в …" notice. For a save that must be refused: pressSave. */
  async save(): Promise<void> {
    await this.pressSave();
    await expect(this.savedNotice).toBeVisible();
  }

  /** Presses «Сохранить» and waits for nothing (the save may be refused). */
  async pressSave(): Promise<void> {
    await this.button('Сохранить').click();
  }

  async submitForReview(): Promise<void> {
    await this.button('Отправить на проверку').click();
  }

  async publishNow(): Promise<void> {
    await this.button('Опубликовать сейчас').click();
  }

  /** Sets the publish time and presses «Запланировать». */
  async schedule(at: Date): Promise<void> {
    await this.publishTime.fill(newsroomTimeInput(at));
    await this.button('Запланировать').click();
  }

  /** «Снять с публикации»: back to a draft, off the site. */
  async unpublish(): Promise<void> {
    await this.button('Снять с публикации').click();
  }

  /** «Статья изменена другим редактором»: this editor's save was refused. */
  conflict(): Locator {
    return this.alert('Статья изменена другим редактором');
  }

  /** After a refused save: loads the saved version; the unsaved text stays in the browser. */
  async openFreshVersion(): Promise<void> {
    await this.button('Открыть свежую версию').click();
  }

  /** Brings the kept copy back: merged into the form, or a choice per field both changed. */
  async restoreCopy(): Promise<void> {
    await this.button('Восстановить копию').click();
  }

  /** Where both changed the same field: the choice for it («Лид», «Заголовок»…). */
  mergeChoice(field: string): Locator {
    return this.page.getByRole('group', { name: field });
  }

  /** Keeps this editor's own copy of each field named, then «Применить выбор». */
  async keepMyCopy(...fields: string[]): Promise<void> {
    for (const field of fields) await this.mergeChoice(field).getByLabel('Ваша копия').check();
    await this.button('Применить выбор').click();
  }

  /** A button of the editor by its text, e.g. to check it is not offered: toHaveCount(0). */
  button(name: string): Locator {
    return this.page.getByRole('button', { name });
  }

  /** An error shown by the editor (role alert) that contains the given words. */
  alert(containing: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: containing });
  }
}
