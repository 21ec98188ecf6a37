import { env } from '@/env';
import { type Edition, inEdition } from '@/lib/edition';

/** Absolute address on the public site (feeds and sitemaps must never carry relative links). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}

/** Site paths of an edition's pages; a Kazakh article lives at /kk/news/<slug>. */
export const articlePath = (slug: string, edition: Edition) =>
  inEdition(edition, `/news/${encodeURIComponent(slug)}`);
export const rubricPath = (slug: string, edition: Edition) =>
  inEdition(edition, `/rubric/${encodeURIComponent(slug)}`);
export const tagPath = (slug: string, edition: Edition) =>
  inEdition(edition, `/tag/${encodeURIComponent(slug)}`);
export const authorPath = (slug: string, edition: Edition) =>
  inEdition(edition, `/author/${encodeURIComponent(slug)}`);
export const sourcePath = (slug: string, edition: Edition) =>
  inEdition(edition, `/source/${encodeURIComponent(slug)}`);
