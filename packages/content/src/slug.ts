import { cyrillicToLatin } from './slug/cyrillic.ts';

export const maxSlugLength = 120;
/** Used when a title has no transliterable characters at all (e.g. only emoji or CJK). */
export const fallbackSlug = 'material';

// Latin letters that NFKD does not decompose into base letter + accent.
// biome-ignore format: a compact lookup table
const latinFolds: Readonly<Record<string, string>> = {
  ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th',
};

/**
 * Cyrillic (Russian and Kazakh) → Latin, and accented Latin (Kazakh Latin «Soltüstık») → plain
 * ASCII letters. Case is kept: `Ж` becomes `Zh`. Characters that are neither are left as they
 * are, so the result is not necessarily ASCII — use `slugify` for URLs.
 */
export function transliterate(text: string): string {
  // NFC first so that `й` typed as `и` + breve is found in the table; NFKD afterwards strips
  // accents from Latin letters (it would also split `й`, hence the order).
  let out = '';
  for (const char of text.normalize('NFC')) {
    const lower = char.toLowerCase();
    const latin = cyrillicToLatin[lower] ?? latinFolds[lower];
    if (latin === undefined) out += char;
    else out += char === lower ? latin : capitalize(latin);
  }
  return out.normalize('NFKD').replace(/\p{M}+/gu, '');
}

const capitalize = (latin: string) => latin.charAt(0).toUpperCase() + latin.slice(1);

export type SlugOptions = { maxLength?: number };

/**
 * A URL slug: lowercase ASCII letters, digits and single hyphens. Apostrophes vanish
 * («O'Brien» → obrien); any other run of non-alphanumerics becomes one hyphen. Long slugs are
 * cut at the last hyphen that fits. `maxLength` is clamped to 1…120 so the result always passes
 * `isValidSlug`. Uniqueness is the caller's job.
 */
export function slugify(title: string, { maxLength = 80 }: SlugOptions = {}): string {
  const limit = Math.min(Math.max(Math.floor(maxLength), 1), maxSlugLength);
  const slug = transliterate(title)
    .toLowerCase()
    .replace(/['’ʼ`]/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = truncate(slug, limit);
  return cut.length > 0 ? cut : fallbackSlug.slice(0, limit);
}

function truncate(slug: string, limit: number): string {
  if (slug.length <= limit) return slug;
  // Looking one past the limit finds a hyphen that would sit exactly after the last word.
  const boundary = slug.slice(0, limit + 1).lastIndexOf('-');
  const cut = boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, limit);
  return cut.replace(/-+$/, '');
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return slug.length >= 1 && slug.length <= maxSlugLength && slugPattern.test(slug);
}

/**
 * Whether an automatic slug still belongs to this title: the title's own slug, or it with the
 * -2, -3 suffix a collision gave it. Such a slug is kept on the next save, so the address an
 * editor has seen does not move while the title stays the same (the slug rule, used by the
 * admin's form and by its save action alike).
 */
export function slugFollowsTitle(slug: string, title: string): boolean {
  const base = slugify(title);
  if (slug === base) return true;
  return slug.startsWith(`${base}-`) && /^[1-9][0-9]*$/.test(slug.slice(base.length + 1));
}
