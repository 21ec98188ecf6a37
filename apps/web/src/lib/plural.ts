import { type Edition, INTL_LOCALE } from './edition';

/** Russian plural form: plural(5, ['материал', 'материала', 'материалов']) → 'материалов'. */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return forms[2];
  if (units === 1) return forms[0];
  if (units >= 2 && units <= 4) return forms[1];
  return forms[2];
}

/**
 * "материал", "материала" or "материалов" to follow n. Kazakh nouns stay singular after a
 * numeral ("1 жарияланым", "25 жарияланым"), so its word never changes.
 */
export function articleWord(n: number, edition: Edition): string {
  return edition === 'kk' ? 'жарияланым' : plural(n, ['материал', 'материала', 'материалов']);
}

/** "1 материал", "3 материала", "25 материалов"; "25 жарияланым". */
export function countArticles(n: number, edition: Edition): string {
  return `${formatCount(n, edition)} ${articleWord(n, edition)}`;
}

/** 12 345 with the edition's digit grouping. */
export const formatCount = (n: number, edition: Edition) => n.toLocaleString(INTL_LOCALE[edition]);
