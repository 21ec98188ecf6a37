import { kazakhArticles } from './demo/kazakh.ts';
import { part1 } from './demo/part-1.ts';
import { part2 } from './demo/part-2.ts';
import { part3 } from './demo/part-3.ts';
import { part4 } from './demo/part-4.ts';
import { part5 } from './demo/part-5.ts';
import { referenceArticle } from './demo/reference.ts';
import type { DemoArticle } from './demo/types.ts';

export type { DemoArticle, DemoRubric, DemoSource } from './demo/types.ts';

const READ_ALSO = 4;

/**
 * The reference page's "Популярное" list is ordered by popularity, so its headlines get
 * decreasing view counts (≈9,000 down to a few hundred); the "Читайте также" four are hand-picked
 * related links of the reference article.
 */
function withViews(): DemoArticle[] {
  const popular = [...part1.slice(0, part1.length - READ_ALSO), ...part2, ...part3, ...part4];
  const readAlso = part1.slice(part1.length - READ_ALSO);
  const ranked = popular.map((article, rank) => ({
    ...article,
    views: Math.round(9000 * 0.95 ** rank) + 150,
  }));
  const related = readAlso.map((article, i) => ({ ...article, views: 2800 - i * 550 }));
  const extras = part5.map((article, i) => ({ ...article, views: article.views || 400 + i * 137 }));
  const reference = { ...referenceArticle, related: related.map((a) => a.key) };
  // The Kazakh edition's articles carry their own views; they come after the Russian ones, so a
  // translation is inserted after its original.
  return [reference, ...ranked, ...related, ...extras, ...kazakhArticles];
}

export const demoArticles: DemoArticle[] = withViews();
