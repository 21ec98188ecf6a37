export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words and the whitespace between them, so a diff re-joins into the original text. */
const tokenize = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];

// Beyond this many LCS cells (≈ two 4,000-word bodies) diff paragraphs instead of words, so a
// huge article cannot make the revisions page allocate gigabytes.
const MAX_CELLS = 16_000_000;

/**
 * Word-level diff by longest common subsequence, after trimming the common head and tail (most
 * edits touch a small part of a long text, which keeps the table small).
 */
export function diffWords(before: string, after: string): DiffPart[] {
  let a: string[] = tokenize(before);
  let b: string[] = tokenize(after);
  if (a.length * b.length > MAX_CELLS) {
    a = before.split(/(\n+)/);
    b = after.split(/(\n+)/);
  }
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head));
  diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), parts);
  push(parts, 'same', a.slice(a.length - tail));
  return parts;
}

function diffMiddle(a: string[], b: string[], parts: DiffPart[]) {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    push(parts, 'removed', a);
    push(parts, 'added', b);
    return;
  }
  // lengths[i][j] = LCS of a[i..] and b[j..], stored flat.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[at(i, j)] =
        a[i] === b[j]
          ? lengths[at(i + 1, j + 1)]! + 1
          : Math.max(lengths[at(i + 1, j)]!, lengths[at(i, j + 1)]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(parts, 'same', [a[i++]!]);
      j++;
    } else if (lengths[at(i + 1, j)]! >= lengths[at(i, j + 1)]!) push(parts, 'removed', [a[i++]!]);
    else push(parts, 'added', [b[j++]!]);
  }
  push(parts, 'removed', a.slice(i));
  push(parts, 'added', b.slice(j));
}

function push(parts: DiffPart[], kind: DiffPart['kind'], tokens: string[]) {
  if (tokens.length === 0) return;
  const text = tokens.join('');
  const last = parts.at(-1);
  if (last?.kind === kind) last.text += text;
  else parts.push({ kind, text });
}
