import { documentFromParagraphs } from '@vestnik/content/document';
import { slugify } from '@vestnik/content/slug';
import { documentToPlainText } from '@vestnik/content/text';
import type { articles } from '../schema/index.ts';
import { pick, seededRandom } from './random.ts';
import { objects, places, sentences, subjects, verbs } from './words.ts';

export type GeneratedArticle = {
  row: typeof articles.$inferInsert;
  tagPicks: number[];
  authorPick: number;
};

const DAY = 86_400_000;

/**
 * Whether the n-th article is Kazakh: a golden-ratio sequence spreads them evenly over the archive
 * (every day, rubric and tag gets its share) and leaves the seeded random stream as it was, so an
 * archive with kkShare 0 is the same as before the option existed.
 */
function isKazakh(n: number, kkShare: number): boolean {
  return (n * 0.618_033_988_749_895) % 1 < kkShare;
}

/** The n-th synthetic article: a pure function of (n, total, seed, start), never of earlier ones. */
export function generateArticle(
  n: number,
  options: {
    total: number;
    seed: number;
    start: Date;
    end: Date;
    rubricIds: number[];
    /** Share of Kazakh articles, 0..1 (default 0: all Russian). */
    kkShare?: number;
  },
): GeneratedArticle {
  const random = seededRandom(options.seed * 1_000_003 + n);
  const title =
    `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)} ${pick(random, places)}`.trim();
  const paragraphs = Array.from({ length: 3 + Math.floor(random() * 3) }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, sentences)).join(' '),
  );
  const body = documentFromParagraphs([`${title}.`, ...paragraphs]);
  const span = options.end.getTime() - options.start.getTime();
  const publishAt = new Date(
    options.start.getTime() + (span * n) / options.total + Math.floor(random() * DAY * 0.5),
  );
  return {
    row: {
      slug: `${slugify(title, { maxLength: 70 })}-${n.toString(36)}`,
      title,
      lead: paragraphs[0]!.slice(0, 200),
      body,
      bodyText: documentToPlainText(body),
      status: 'published',
      locale: isKazakh(n, options.kkShare ?? 0) ? 'kk' : 'ru',
      rubricId: pick(random, options.rubricIds),
      publishAt,
      firstPublishedAt: publishAt,
      createdAt: publishAt,
      updatedAt: publishAt,
      viewCount: Math.floor(random() ** 3 * 20_000),
    },
    tagPicks: [Math.floor(random() * 1000), Math.floor(random() * 1000)],
    authorPick: Math.floor(random() * 1000),
  };
}
