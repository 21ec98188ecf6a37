/**
 * The article's language in the admin: names, the site address it gives, and the hint that a
 * text written as Russian is Kazakh. Pure (the editor imports it in the browser).
 */

export const LOCALES = ['ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

/** As the language select and the audit log name them. */
export const LOCALE_NAMES: Record<Locale, string> = { ru: 'Русский', kk: 'Қазақша' };
/** The short badge of the article list. */
export const LOCALE_BADGES: Record<Locale, string> = { ru: 'RU', kk: 'KK' };
/** "Создать перевод на казахский". */
export const LOCALE_TARGETS: Record<Locale, string> = { ru: 'русский', kk: 'казахский' };
/** "Материал на казахском". */
export const IN_LOCALE: Record<Locale, string> = { ru: 'русском', kk: 'казахском' };

export const otherLocale = (locale: Locale): Locale => (locale === 'ru' ? 'kk' : 'ru');

/** The article's path on the site: the Kazakh edition lives under /kk. */
export function articlePath(locale: Locale, slug: string): string {
  return locale === 'kk' ? `/kk/news/${slug}` : `/news/${slug}`;
}

/** Letters of the Kazakh Cyrillic alphabet that Russian does not have. */
export const KAZAKH_ONLY_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'] as const;
const KAZAKH_ONLY = new RegExp(`[${KAZAKH_ONLY_LETTERS.join('')}]`, 'giu');

/**
 * The Kazakh-only letters in the text, in alphabet order (lower case), each once: what the
 * editor's suggestion names. Empty when there are none.
 */
export function kazakhLettersIn(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(KAZAKH_ONLY)) found.add(match[0].toLowerCase());
  }
  return KAZAKH_ONLY_LETTERS.filter((letter) => found.has(letter));
}

/**
 * The suggestion to switch a Russian article to Kazakh, or undefined. Never applied by itself:
 * a Russian article may quote a Kazakh name.
 */
export function kazakhSuggestion(locale: Locale, ...texts: string[]): string | undefined {
  if (locale !== 'ru') return undefined;
  const letters = kazakhLettersIn(...texts);
  if (letters.length === 0) return undefined;
  const shown = letters.slice(0, 3).join(', ') + (letters.length > 3 ? '…' : '.');
  return `Текст похож на казахский: ${shown} Сменить язык на казахский?`;
}
