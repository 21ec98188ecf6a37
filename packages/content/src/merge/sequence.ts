import { valueKey } from './equal.ts';

/** A stretch of the merged sequence: agreed on, or changed differently on both sides. */
export type Chunk<T> =
  | { kind: 'clean'; items: T[] }
  | { kind: 'conflict'; base: T[]; mine: T[]; theirs: T[] };

/**
 * Three-way merge of two edited copies of one sequence (diff3). Items that neither side touched
 * anchor the merge; between anchors a stretch changed on one side only takes that side, one
 * changed the same way on both takes it once, and one changed differently on both is a
 * conflict. Items are compared by value: the body's blocks carry no ids, and a block that moved
 * or was retyped is, for the reader, a changed block.
 */
export function mergeSequence<T>(base: T[], mine: T[], theirs: T[]): Chunk<T>[] {
  const [b, m, t] = [base.map(valueKey), mine.map(valueKey), theirs.map(valueKey)];
  const inMine = matches(b, m);
  const inTheirs = matches(b, t);
  const out: Chunk<T>[] = [];
  let [pb, pm, pt] = [0, 0, 0];
  for (let i = 0; i < base.length; i++) {
    const mi = inMine.get(i);
    const ti = inTheirs.get(i);
    if (mi === undefined || ti === undefined) continue;
    push(out, stretch(base.slice(pb, i), mine.slice(pm, mi), theirs.slice(pt, ti)));
    push(out, { kind: 'clean', items: [mine[mi]!] });
    [pb, pm, pt] = [i + 1, mi + 1, ti + 1];
  }
  push(out, stretch(base.slice(pb), mine.slice(pm), theirs.slice(pt)));
  return out;
}

function stretch<T>(base: T[], mine: T[], theirs: T[]): Chunk<T> | undefined {
  const key = (items: T[]) => items.map(valueKey).join('\n');
  const [b, m, t] = [key(base), key(mine), key(theirs)];
  if (m === t) return mine.length ? { kind: 'clean', items: mine } : undefined;
  if (m === b) return theirs.length ? { kind: 'clean', items: theirs } : undefined;
  if (t === b) return mine.length ? { kind: 'clean', items: mine } : undefined;
  return { kind: 'conflict', base, mine, theirs };
}

/** Adjacent clean stretches are joined, so a conflict's neighbours read as one block of text. */
function push<T>(out: Chunk<T>[], chunk: Chunk<T> | undefined) {
  if (!chunk) return;
  const last = out.at(-1);
  if (last?.kind === 'clean' && chunk.kind === 'clean') last.items.push(...chunk.items);
  else out.push(chunk.kind === 'clean' ? { kind: 'clean', items: [...chunk.items] } : chunk);
}

/**
 * Index pairs of a longest common subsequence of `a` and `b` (a position of `a` → its match in
 * `b`). The common head and tail are matched first, so the quadratic table covers only the
 * edited middle: a few blocks for a typical article.
 */
function matches(a: string[], b: string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) pairs.set(head, head++);
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
    pairs.set(a.length - tail, b.length - tail);
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  // lengths[i * (m + 1) + j]: LCS length of a's middle from i and b's middle from j.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => lengths[i * (m + 1) + j]!;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] =
        a[head + i] === b[head + j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[head + i] === b[head + j]) pairs.set(head + i++, head + j++);
    else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return pairs;
}
