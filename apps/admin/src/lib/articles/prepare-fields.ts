import { zonedInputToDate } from '@vestnik/content/dates';
import { parseArticleDocument } from '@vestnik/content/document';
import { isValidSlug, slugFollowsTitle, slugify } from '@vestnik/content/slug';
import { documentToPlainText } from '@vestnik/content/text';
import { typesetDocument, typesetText } from '@vestnik/content/typography';
import type { ArticleFields } from '@vestnik/db/queries/article-editor';
import {
  ensureSource,
  ensureTags,
  listRelatableArticleIds,
} from '@vestnik/db/queries/article-lookups';
import { findFreeSlug, isSlugTaken } from '@vestnik/db/queries/article-slug';
import type { Executor } from '@vestnik/db/queries/audit';
import type { SessionUser } from '@vestnik/db/queries/users';
import { env } from '@/env';
import type { ActionError } from '@/lib/action';
import { can } from '@/lib/permissions';
import { type Byline, resolveByline } from './bylines';
import type { ArticleFieldsInput } from './input-schema';

type Current =
  | {
      id: number;
      slug: string;
      slugManual: boolean;
      firstPublishedAt: Date | null;
      authors: Byline;
      /** Links an editor made stay allowed when an author saves. */
      related?: { id: number }[];
    }
  | undefined;

export type Prepared =
  | {
      ok: true;
      fields: ArticleFields;
      slugChanged: boolean;
      keepOldSlug: boolean;
      /** The byline with names when the save changes it (for the audit log). */
      authors: Byline | undefined;
    }
  | ActionError;

const fail = (field: string, error: string): Prepared => ({
  ok: false,
  code: 'invalid',
  error,
  fieldErrors: { [field]: error },
});

/**
 * Turns the form into storable fields: validates the body document, typesets quotes in the
 * title, lead and body, creates tags and sources typed on the fly, converts site-zone dates,
 * and settles the slug (see resolveSlug).
 */
export async function prepareArticleFields(
  tx: Executor,
  user: SessionUser,
  input: ArticleFieldsInput,
  current: Current,
): Promise<Prepared> {
  const parsed = parseArticleDocument(input.body);
  if (!parsed.ok) return fail('body', `Текст статьи: ${parsed.error}`);
  // Quotes are typeset in what is stored, not by CSS: feeds, search snippets, share cards and
  // JSON-LD then carry «ёлочки» as well.
  const body = typesetDocument(parsed.doc);
  const slug = await resolveSlug(tx, user, input, current);
  if (!slug.ok) return fail('slug', slug.error);
  const byline = input.authorIds
    ? await resolveByline(tx, user, input.authorIds, current?.authors)
    : undefined;
  if (byline && !byline.ok) return byline;
  // An author may link what readers can see and their own work: linking by id must not reveal
  // another author's unpublished title (the editor page shows the linked titles).
  const relatable = await listRelatableArticleIds(tx, {
    ids: input.relatedIds,
    viewerId: can(user.role, 'article.viewAll') ? undefined : user.id,
  });
  const linked = new Set(current?.related?.map((r) => r.id));
  if (input.relatedIds.some((id) => !relatable.has(id) && !linked.has(id))) {
    return fail('relatedIds', 'Связанный материал не найден или ещё не опубликован.');
  }
  const zone = env().SITE_TIMEZONE;
  const tagIds = await ensureTags(tx, { names: input.tags });
  const sources = [];
  for (const source of input.sources) {
    const sourceId = source.sourceId ?? (await ensureSource(tx, source));
    sources.push({ sourceId, role: source.role });
  }
  return {
    ok: true,
    slugChanged: slug.slug !== current?.slug,
    keepOldSlug: Boolean(current?.firstPublishedAt),
    authors: byline?.authors,
    fields: {
      title: typesetText(input.title),
      lead: typesetText(input.lead),
      body,
      bodyText: documentToPlainText(body),
      slug: slug.slug,
      slugManual: slug.manual,
      rubricId: input.rubricId,
      heroMediaId: input.heroMediaId,
      breaking: input.breaking,
      featured: input.featured,
      publishAt: input.publishAt ? zonedInputToDate(input.publishAt, zone) : null,
      embargoUntil: input.embargoUntil ? zonedInputToDate(input.embargoUntil, zone) : null,
      tagIds,
      sources,
      relatedIds: input.relatedIds,
      authorIds: byline?.authors.map((a) => a.id),
    },
  };
}

export type SlugResult = { ok: true; slug: string; manual: boolean } | { ok: false; error: string };

export type SlugInput = Pick<ArticleFieldsInput, 'title' | 'slug' | 'slugManual'>;

/**
 * Until the first publish the slug follows the title (or the editor's own choice) and gets a
 * -2, -3 suffix on collision; a slug that already follows the title is kept, so the address the
 * editor has seen does not move between saves (and the editor shows it before the first save,
 * see actions/articles/preview-article-slug.ts: publishing keeps it). From the first publish it is fixed: only an
 * editor may rename it, and the old address keeps working (301). A slug typed by hand is never
 * silently changed: a taken one is refused with a message.
 */
export async function resolveSlug(
  tx: Executor,
  user: SessionUser,
  input: SlugInput,
  current: Current,
): Promise<SlugResult> {
  const manual = input.slugManual && input.slug.length > 0;
  if (manual && !isValidSlug(input.slug)) {
    return {
      ok: false,
      error:
        'Адрес может содержать только латинские буквы, цифры и дефисы (например, novost-dnya).',
    };
  }
  const fixed = Boolean(current?.firstPublishedAt);
  if (fixed && (!manual || input.slug === current?.slug)) {
    return { ok: true, slug: current!.slug, manual: current!.slugManual };
  }
  if (fixed && !can(user.role, 'article.renameSlug')) {
    return { ok: false, error: 'Адрес опубликованного материала может изменить только редактор.' };
  }
  if (!manual) {
    if (current && slugFollowsTitle(current.slug, input.title)) {
      return { ok: true, slug: current.slug, manual: false };
    }
    const free = await findFreeSlug(tx, { slug: slugify(input.title), articleId: current?.id });
    return { ok: true, slug: free, manual: false };
  }
  if (await isSlugTaken(tx, { slug: input.slug, articleId: current?.id })) {
    return {
      ok: false,
      error: `Адрес «${input.slug}» уже занят другим материалом. Выберите другой.`,
    };
  }
  return { ok: true, slug: input.slug, manual: true };
}
