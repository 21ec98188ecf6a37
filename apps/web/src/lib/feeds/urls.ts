import { env } from '@/env';

/** Absolute address on the public site (feeds and sitemaps must never carry relative links). */
export function absoluteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}

export const articlePath = (slug: string) => `/news/${encodeURIComponent(slug)}`;
export const rubricPath = (slug: string) => `/rubric/${encodeURIComponent(slug)}`;
export const tagPath = (slug: string) => `/tag/${encodeURIComponent(slug)}`;
export const authorPath = (slug: string) => `/author/${encodeURIComponent(slug)}`;
export const sourcePath = (slug: string) => `/source/${encodeURIComponent(slug)}`;
