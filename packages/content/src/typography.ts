import { placeQuotes } from './typography/quotes.ts';

export { typesetDocument } from './typography/document.ts';

/**
 * A title, lead or caption with Russian quotation marks instead of straight ones:
 * `Компания "Ромашка"` → `Компания «Ромашка»`, nested `„…“`. Apostrophes (`O'Brien`,
 * Kazakh Latin `Qazaq'stan`) and code in backticks keep their marks.
 */
export function typesetText(text: string): string {
  return placeQuotes(text);
}
