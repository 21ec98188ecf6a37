import { notFound } from 'next/navigation';
import { cachedListingPage, cachedListingSubject, type ListingKind } from '@/lib/cached/listings';
import { readBefore } from '@/lib/listing-cursor';

export const PAGE_SIZE = 20;

export type ListingRouteProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
};

export const LISTING_PATHS: Record<ListingKind, string> = {
  rubric: '/rubric',
  tag: '/tag',
  author: '/author',
  source: '/source',
};

/** Subject + page for a listing route; 404 for an unknown slug or a malformed cursor. */
export async function loadListing(kind: ListingKind, props: ListingRouteProps) {
  const [{ slug }, query] = await Promise.all([props.params, props.searchParams]);
  const { cursor, invalid } = readBefore(query);
  if (invalid) notFound();
  const subject = await cachedListingSubject(kind, decodeURIComponent(slug));
  if (!subject) notFound();
  const page = await cachedListingPage(kind, subject.id, PAGE_SIZE, cursor);
  const basePath = `${LISTING_PATHS[kind]}/${encodeURIComponent(subject.slug)}`;
  return { subject, page, cursor, basePath };
}
