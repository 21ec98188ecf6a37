import type { Edition } from '@/lib/edition';
import type { SitemapAlternate } from './sitemap';

/**
 * hreflang alternates of a page that exists in several languages: every version, itself
 * included, plus `x-default` (the Russian page: the site's root edition). One version alone has
 * no alternates (Google ignores a lone self-reference).
 */
export function hreflangAlternates(
  versions: { edition: Edition; href: string }[],
): SitemapAlternate[] {
  if (versions.length < 2) return [];
  const byDefault = versions.find((v) => v.edition === 'ru') ?? versions[0]!;
  return [
    ...versions.map((v) => ({ hreflang: v.edition, href: v.href })),
    { hreflang: 'x-default', href: byDefault.href },
  ];
}
