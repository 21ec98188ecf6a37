/**
 * Russian quotation marks for straight `"` in running text: «ёлочки» outside, „лапки“ inside.
 * Works on one block of text at a time (a paragraph, a heading, a title), because a quotation
 * spread over several paragraphs opens each of them again and closes only in the last one, as
 * Russian typesetting does. Every replacement is one UTF-16 unit for one, so a caller can map
 * positions back into the pieces of a paragraph (text nodes split by bold, italic and links).
 */

const STRAIGHT = '"';
/** A quote after one of these (or at the start) opens. */
const OPENS_AFTER = /[\s([{«„—–/]/u;
/** A quote before one of these (or at the end) closes. */
const CLOSES_BEFORE = /[\s.,;:!?…)\]}»“—–]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * What must keep its straight quotes: `code` in backticks and attribute-like `name="value"`
 * (markup or code quoted in a story). URLs need no rule: a straight quote is not allowed in one.
 */
const PROTECTED = /`[^`\n]*`|[\p{L}\p{N}_:-]+="[^"\n]*"/gu;

type Open = '«' | '„';
type Decision = 'open' | 'close' | 'keep';

export function placeQuotes(text: string): string {
  if (!text.includes(STRAIGHT)) return text;
  const chars = [...text.split('')];
  const guarded = protectedPositions(text);
  const stack: Open[] = [];
  let i = 0;
  while (i < chars.length) {
    if (guarded.has(i)) {
      i++;
      continue;
    }
    const char = chars[i]!;
    if (char !== STRAIGHT) {
      trackTypographic(char, stack);
      i++;
      continue;
    }
    // A run like `""` (a quote at the very start of a quote) is decided by what surrounds it.
    let end = i;
    while (end < chars.length && chars[end] === STRAIGHT && !guarded.has(end)) end++;
    const decision = decide(chars[i - 1], chars[end], stack.length > 0);
    for (let k = i; k < end; k++) chars[k] = replacement(decision, stack) ?? STRAIGHT;
    i = end;
  }
  return chars.join('');
}

/** Quotes the author already typeset count for nesting: «…"…"…» gets „…“ inside. */
function trackTypographic(char: string, stack: Open[]) {
  if (char === '«' || char === '„') stack.push(char);
  else if (char === '»' && stack.at(-1) === '«') stack.pop();
  // “ closes only a „; elsewhere it is an English opening quote, and is no business of ours.
  else if (char === '“' && stack.at(-1) === '„') stack.pop();
}

function decide(before: string | undefined, after: string | undefined, inside: boolean): Decision {
  const spaceBefore = before === undefined || OPENS_AFTER.test(before);
  const spaceAfter = after === undefined || CLOSES_BEFORE.test(after);
  if (spaceBefore && spaceAfter) return 'keep';
  if (spaceBefore) return 'open';
  if (spaceAfter) {
    // 27" or 15'20": inches and seconds, not the end of a quotation that never began.
    return !inside && /\p{N}/u.test(before) ? 'keep' : 'close';
  }
  // Glued to text on both sides: `сказал:"Да"`, `ООО"Ромашка"`, `"Ромашка"-ға`.
  if (!LETTER_OR_DIGIT.test(before)) return 'open';
  if (!LETTER_OR_DIGIT.test(after)) return 'close';
  return inside ? 'close' : 'open';
}

function replacement(decision: Decision, stack: Open[]): string | undefined {
  if (decision === 'keep') return undefined;
  if (decision === 'open') {
    const mark: Open = stack.length === 0 ? '«' : '„';
    stack.push(mark);
    return mark;
  }
  // A closing quote without an opening one ends a quotation begun in an earlier paragraph.
  return stack.pop() === '„' ? '“' : '»';
}

function protectedPositions(text: string): Set<number> {
  const positions = new Set<number>();
  for (const match of text.matchAll(PROTECTED)) {
    for (let k = 0; k < match[0].length; k++) positions.add(match.index + k);
  }
  return positions;
}
