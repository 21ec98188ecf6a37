import { expect, type Locator, type Page } from '@playwright/test';

/** A day as the archive picker offers it: '2016', '5' (May), '12'. */
export type PickedDay = { year: string; month: string; day: string };

/**
 * The «Архив» picker in the side column of most pages: a plain form, which a script improves
 * (months narrowed to the chosen year) once it runs.
 */
export class ArchivePicker {
  readonly region: Locator;

  constructor(readonly page: Page) {
    // The last one: the archive's own pages also have a region named «Архив» (the page itself).
    this.region = page.getByRole('region', { name: 'Архив' }).last();
  }

  /**
   * Waits for the picker's script. With JavaScript on, a choice made before it runs is adopted
   * when it starts, so pick once it has started; without JavaScript there is nothing to wait for.
   */
  async waitForScript(): Promise<void> {
    // 15 s, not the usual 5: the script is a chunk the browser fetches and runs after the page,
    // and on a 2-core machine under two workers that once took longer than 5 s (a repeat run).
    await expect(this.region.locator('form[data-enhanced]')).toBeAttached({ timeout: 15_000 });
  }

  /** Chooses the day and presses «Показать». */
  async show({ year, month, day }: PickedDay): Promise<void> {
    await this.region.getByLabel('Год').selectOption(year);
    await this.region.getByLabel('Месяц').selectOption(month);
    await this.region.getByLabel('День').selectOption(day);
    await this.region.getByRole('button', { name: 'Показать' }).click();
  }
}
