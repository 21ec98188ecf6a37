import { zonedInputToDate } from '@vestnik/content/dates';
import { parseArticleDocument } from '@vestnik/content/document';
import { documentToPlainText } from '@vestnik/content/text';
import { typesetDocument, typesetText } from '@vestnik/content/typography';
import type { ArticleFields } from '@vestnik/db/queries/article-editor';
import {
  ensureSource,
  ensureTags,
  listRelatableArticleIds,
} from '@vestnik/db/queries/article-lookups';
import type { Executor } from '@vestnik/db/queries/audit';
import type { SessionUser } from '@vestnik/db/queries/users';
import { env } from '@/env';
import type { ActionError } from '@/lib/action';
import { can } from '@/lib/permissions';
import { type Byline, resolveByline } from './bylines';
import type { ArticleFieldsInput } from './input-schema';
import { resolveSlug } from './slug-policy';

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
 * and settles the slug (./slug-policy.ts).
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
      locale: input.locale,
    },
  };
}
