import { createHash } from 'node:crypto';
import { slugify } from '@vestnik/content/slug';
import { typesetText } from '@vestnik/content/typography';
import type { ArticleStatus } from '../schema/enums.ts';
import { type DraftBlock, htmlToBlocks, textFromHtml } from './html-to-document.ts';
import { type Notes, note } from './notes.ts';

/** Same bounds as the admin's form (apps/admin/src/lib/articles/input-schema.ts). */
export const TITLE_MAX = 300;
export const LEAD_MAX = 2000;
export const UNTITLED = 'Без заголовка';

/** An archive item in our terms, before anything is written. Shared by WordPress and feeds. */
export type ArticleDraft = {
  externalId: string;
  hash: string;
  title: string;
  lead: string;
  blocks: DraftBlock[];
  status: ArticleStatus;
  publishAt: Date | null;
  featured: boolean;
  slugBase: string;
  /** Old addresses of the item, normalized later (permalink, `/?p=<id>`). */
  oldAddresses: string[];
  authorKey: string | undefined;
  categories: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  /** WordPress attachment id of the featured image (`_thumbnail_id`). */
  thumbnailId: string | undefined;
  notes: Notes;
  /** Per-item remarks for the report (a private post imported as a draft …). */
  warnings: string[];
};

export type ItemFields = {
  id: string;
  title: string;
  contentHtml: string;
  excerptHtml: string;
  status: ArticleStatus;
  publishAt: Date | null;
  featured: boolean;
  postName: string;
  oldAddresses: string[];
  authorKey: string | undefined;
  categories: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  thumbnailId: string | undefined;
  warnings: string[];
};

/** Builds the draft: plain-text title and lead (typeset like an editor's save), body blocks, slug base. */
export function draftFromFields(fields: ItemFields): ArticleDraft {
  const notes: Notes = new Map();
  const warnings = [...fields.warnings];
  let title = typesetText(textFromHtml(fields.title));
  if (!title) {
    title = UNTITLED;
    warnings.push('пустой заголовок заменён на «Без заголовка»');
  }
  if (title.length > TITLE_MAX) {
    title = cutAtWord(title, TITLE_MAX);
    warnings.push(`заголовок сокращён до ${TITLE_MAX} символов`);
  }
  let lead = typesetText(textFromHtml(fields.excerptHtml));
  if (lead.length > LEAD_MAX) {
    lead = cutAtWord(lead, LEAD_MAX);
    warnings.push(`лид сокращён до ${LEAD_MAX} символов`);
  }
  const blocks = htmlToBlocks(fields.contentHtml, notes);
  const slugBase = slugify(decodeSlug(fields.postName) || title);
  const hash = createHash('sha256').update(JSON.stringify(fields)).digest('hex');
  return {
    externalId: fields.id,
    hash,
    title,
    lead,
    blocks,
    status: fields.status,
    publishAt: fields.publishAt,
    featured: fields.featured,
    slugBase,
    oldAddresses: fields.oldAddresses,
    authorKey: fields.authorKey,
    categories: fields.categories,
    tags: fields.tags,
    thumbnailId: fields.thumbnailId,
    notes,
    warnings,
  };
}

/** WordPress stores Cyrillic slugs percent-encoded (`%d0%b2%d1%81…`). */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

function cutAtWord(text: string, max: number): string {
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `2019-05-12 08:30:00` as UTC; undefined for WordPress's `0000-00-00 00:00:00` (never set). */
export function parseGmt(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || match[1] === '0000') return undefined;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An RSS pubDate (RFC 822) or an Atom date (RFC 3339). */
export function parseFeedDate(value: string): Date | undefined {
  if (!value.trim()) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function countNotes(into: Notes, from: Notes) {
  for (const [what, count] of from) note(into, what, count);
}
