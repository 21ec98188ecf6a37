import type { ArticleDocument } from '@vestnik/content/document';
import type { Locale } from '@/lib/articles/language';

export type SourceValue = {
  sourceId?: number;
  name: string;
  domain: string;
  role: 'origin' | 'via';
};

/** Everything the form edits; dates are datetime-local values in the site's time zone. */
export type FormState = {
  /** The article's language (ru | kk). */
  locale: Locale;
  title: string;
  lead: string;
  body: ArticleDocument;
  slug: string;
  slugManual: boolean;
  rubricId: number | null;
  heroMediaId: number | null;
  breaking: boolean;
  featured: boolean;
  publishAt: string;
  embargoUntil: string;
  tags: string[];
  sources: SourceValue[];
  related: { id: number; title: string }[];
  /** The byline in order. */
  authors: BylinePerson[];
};

export type BylinePerson = { id: number; name: string };

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'archived';

/** What the server knows about the saved article (absent for a new one). */
export type ArticleMeta = {
  id: number | null;
  version: number;
  /** The slug as last saved. */
  slug: string;
  status: ArticleStatus;
  slugFixed: boolean;
  /** The language as last saved (the site address and the «Перевод» panel follow it). */
  locale: Locale;
};

/** The linked translation as the «Перевод» panel shows it. */
export type TranslationView = {
  id: number;
  title: string;
  locale: Locale;
  status: ArticleStatus;
  /** The user may open it in the editor (an author: only their own). */
  editable: boolean;
};

export type MediaOption = { id: number; alt: string; caption: string; thumb: string };
export type SourceOption = { id: number; name: string; domain: string | null };
export type RubricOption = { id: number; name: string };

export type EditorAbilities = {
  submit: boolean;
  publish: boolean;
  schedule: boolean;
  unpublish: boolean;
  archive: boolean;
  renameSlug: boolean;
  correct: boolean;
  /** Link, unlink and create translations (an author: of their own articles). */
  translate: boolean;
  /** Change the language after the first publish (the address changes). */
  changeLocale: boolean;
  /** Whose name this user may not take off the byline (their own, for authors); null: anyone's. */
  keepInByline: number | null;
};

export function toPayload(state: FormState) {
  const { related, authors, ...rest } = state;
  return { ...rest, relatedIds: related.map((r) => r.id), authorIds: authors.map((a) => a.id) };
}
