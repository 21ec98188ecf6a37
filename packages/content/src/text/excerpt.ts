const ellipsis = '…';
// A word may end before a space or before closing punctuation («Вене,» ends at «Вене»).
const wordEnd = /[\s.,;:!?…»)\]"]/u;
// Punctuation that looks odd right before an ellipsis («Москва, …»).
const trailingPunctuation = /[\s.,;:\-–—(«„"']+$/u;

/**
 * A one-line teaser of at most `maxChars` characters including the ellipsis. Whitespace is
 * collapsed first (it comes from multi-paragraph plain text). The cut falls on the last word
 * end that fits unless that would throw away more than half of the allowance — one enormous
 * word (a URL) is then cut mid-word rather than yielding an almost empty excerpt.
 */
export function excerpt(text: string, maxChars = 200): string {
  const normalized = text.replace(/\s+/gu, ' ').trim();
  if (normalized.length <= maxChars) return normalized;
  if (maxChars < 1) return '';
  const room = maxChars - ellipsis.length;
  const boundary = lastWordEnd(normalized, room);
  let head = normalized.slice(0, boundary > room / 2 ? boundary : room);
  // Never leave half of a surrogate pair (emoji, rare CJK) dangling.
  if (/[\uD800-\uDBFF]$/u.test(head)) head = head.slice(0, -1);
  return `${head.replace(trailingPunctuation, '')}${ellipsis}`;
}

/** The largest cut position ≤ `room` that falls right after a whole word, or -1. */
function lastWordEnd(text: string, room: number): number {
  for (let index = room; index > 0; index -= 1) {
    if (wordEnd.test(text.charAt(index))) return index;
  }
  return -1;
}
