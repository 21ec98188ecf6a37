/** Russian plural form: plural(5, ['материал', 'материала', 'материалов']) → 'материалов'. */
export function plural(n: number, forms: readonly [string, string, string]): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return forms[2];
  if (units === 1) return forms[0];
  if (units >= 2 && units <= 4) return forms[1];
  return forms[2];
}

const ARTICLE_FORMS = ['материал', 'материала', 'материалов'] as const;

/** "материал", "материала" or "материалов" to follow n. */
export function articleWord(n: number): string {
  return plural(n, ARTICLE_FORMS);
}

/** "1 материал", "3 материала", "25 материалов". */
export function countArticles(n: number): string {
  return `${n.toLocaleString('ru-RU')} ${articleWord(n)}`;
}
