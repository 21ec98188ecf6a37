import { documentLimits } from './limits.ts';

export type HrefKind = 'internal' | 'external' | 'mailto';

/**
 * Browsers silently drop tabs/newlines inside URLs and trim leading C0 controls and spaces, so
 * `java\tscript:` or `\u0000javascript:` still run script. Rather than re-implement that
 * normalisation we refuse any href containing whitespace, control characters or backslashes
 * (which browsers treat like `/`, turning `/\evil.com` into a protocol-relative URL).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const forbiddenChars = /[\s\u0000-\u001f\u007f-\u009f\\]/u;

// Only used to resolve site-relative paths; `.invalid` can never be a real host.
const probeOrigin = 'https://vestnik.invalid';

/**
 * Classifies a link target, or returns `null` when it is not clearly safe. Allowed: `http:`,
 * `https:`, `mailto:` and site-relative paths with a single leading `/`. Everything else —
 * other schemes, protocol-relative `//host`, bare relative paths, `?query`, `#hash` — is
 * rejected, because anything we do not positively recognise could be interpreted differently
 * by some browser.
 */
export function classifyHref(href: unknown): HrefKind | null {
  if (typeof href !== 'string' || href.length === 0) return null;
  if (href.length > documentLimits.maxHrefLength || forbiddenChars.test(href)) return null;
  if (href.startsWith('/')) return classifyRelative(href);
  return classifyAbsolute(href);
}

export function isSafeHref(href: unknown): href is string {
  return classifyHref(href) !== null;
}

function classifyRelative(href: string): HrefKind | null {
  if (href.startsWith('//')) return null;
  // Belt and braces: the resolved URL must stay on our origin.
  const url = tryParse(href, probeOrigin);
  return url?.origin === probeOrigin ? 'internal' : null;
}

function classifyAbsolute(href: string): HrefKind | null {
  const url = tryParse(href);
  if (!url) return null;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 ? 'mailto' : null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // `https:evil.com` parses, but a browser resolves it relative to the page; demand `//`.
  if (!/^https?:\/\//i.test(href)) return null;
  // `https://kazpravda.kz@evil.com` shows a trusted name but goes elsewhere: a phishing trick.
  if (url.username !== '' || url.password !== '') return null;
  return url.hostname === '' ? null : 'external';
}

function tryParse(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
