import { isValidSlug } from '@vestnik/content/slug';
import { notFound } from 'next/navigation';
import { cachedListingPage, cachedListingSubject, type ListingKind } from '@/lib/cached/listings';
import { parseCursor } from '@/lib/listing-cursor';
import { onDemandParams, pageParams } from '@/lib/prerender';

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

/** Subject + page for a listing route; 404 for an unknown slug or a malformed cursor. */
export async function loadListing(kind: ListingKind, props: ListingRouteProps) {
  const { slug: rawSlug, cursor: segments = [] } = await pageParams(props.params);
  if (segments.length > 1) notFound();
  const cursor = segments[0] === undefined ? undefined : parseCursor(decode(segments[0]));
  if (segments[0] !== undefined && !cursor) notFound();
  const slug = decode(rawSlug);
  // Every rubric, tag, author and source slug is lowercase ASCII: others need no query.
  if (!slug || !isValidSlug(slug)) notFound();
  const subject = await cachedListingSubject(kind, slug);
  if (!subject) notFound();
  const page = await cachedListingPage(kind, subject.id, PAGE_SIZE, cursor);
  const basePath = `${LISTING_PATHS[kind]}/${encodeURIComponent(subject.slug)}`;
  return { subject, page, cursor, basePath };
}
