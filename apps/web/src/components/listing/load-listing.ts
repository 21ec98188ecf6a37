import { isValidSlug } from '@vestnik/content/slug';
import { notFound } from 'next/navigation';
import { cachedListingPage, cachedListingSubject, type ListingKind } from '@/lib/cached/listings';
import { type Edition, inEdition } from '@/lib/edition';
import { redirectLegacyOrNotFound } from '@/lib/legacy';
import { parseCursor } from '@/lib/listing-cursor';
import { editionParams, onDemandParams } from '@/lib/prerender';

export const PAGE_SIZE = 20;

/**
 * A listing's address is `/rubric/<slug>` and, for older pages, `?before=<cursor>`; next.config
 * rewrites the query into the last path segment, so every page of every listing is a route of
 * its own and can be cached whole.
 */
export type ListingRouteProps = {
  params: Promise<{ edition: string; slug: string; cursor?: string[] }>;
};

export function listingStaticParams() {
  const [placeholder] = onDemandParams('slug');
  return [{ ...placeholder!, cursor: [placeholder!.slug] }];
}

export const LISTING_PATHS: Record<ListingKind, string> = {
  rubric: '/rubric',
  tag: '/tag',
  author: '/author',
  source: '/source',
};

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** A tag page of the old site (same address as ours, another slug) answers 301; else 404. */
async function missingListing(
  edition: Edition,
  kind: ListingKind,
  rawSlug: string,
  cursor: unknown,
): Promise<never> {
  // Old addresses of an imported archive are the root's: the Kazakh edition has none.
  if (kind !== 'tag' || cursor || edition !== 'ru') notFound();
  return redirectLegacyOrNotFound(`/tag/${rawSlug}`);
}

/** Subject + page for a listing route; 404 for an unknown slug or a malformed cursor. */
export async function loadListing(kind: ListingKind, props: ListingRouteProps) {
  const { edition, slug: rawSlug, cursor: segments = [] } = await editionParams(props.params);
  if (segments.length > 1) notFound();
  const cursor = segments[0] === undefined ? undefined : parseCursor(decode(segments[0]));
  if (segments[0] !== undefined && !cursor) notFound();
  const slug = decode(rawSlug);
  // Every rubric, tag, author and source slug is lowercase ASCII: others need no query, but may
  // be an imported archive's tag address (`/tag/%d0%b0…`).
  if (!slug || !isValidSlug(slug)) return missingListing(edition, kind, rawSlug, cursor);
  const subject = await cachedListingSubject(edition, kind, slug);
  if (!subject) return missingListing(edition, kind, rawSlug, cursor);
  const page = await cachedListingPage(edition, kind, subject.id, PAGE_SIZE, cursor);
  const basePath = inEdition(edition, `${LISTING_PATHS[kind]}/${encodeURIComponent(subject.slug)}`);
  return { subject, page, cursor, basePath, edition };
}
