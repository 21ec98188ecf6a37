import type { ArticleDocument, Block } from './document/types.ts';
import { sameValue, valueKey } from './merge/equal.ts';
import { type Chunk, mergeSequence } from './merge/sequence.ts';

export { sameValue } from './merge/equal.ts';
export type { Chunk } from './merge/sequence.ts';

/**
 * Three-way merge of an article edited in two places: `base` is the version both started from,
 * `mine` the copy kept in this browser, `theirs` the version saved since. What only one side
 * changed is taken from that side; what both changed differently is a conflict for a person.
 */
export type Side = 'mine' | 'theirs';

export type FieldConflict<T> = {
  [K in keyof T]: { field: K; base: T[K] | undefined; mine: T[K]; theirs: T[K] };
}[keyof T];

/** `merged` holds every agreed value, and theirs at each conflict until someone chooses. */
export type FieldsMerge<T> = { merged: T; conflicts: FieldConflict<T>[] };

/**
 * Field by field, each field compared as a whole. A field absent from `base` (or no base at
 * all: a copy kept before bases were) is unknown ground: if the two sides disagree on it, it is
 * a conflict, because guessing would silently drop one side's text.
 */
export function mergeFields<T extends object>(
  base: Partial<T> | undefined,
  mine: T,
  theirs: T,
): FieldsMerge<T> {
  const merged = { ...theirs };
  const conflicts: FieldConflict<T>[] = [];
  for (const field of Object.keys(theirs) as (keyof T)[]) {
    const known = base !== undefined && field in base;
    const [b, m, t] = [known ? base[field] : undefined, mine[field], theirs[field]];
    if (sameValue(m, t) || (known && sameValue(m, b))) continue;
    if (known && sameValue(t, b)) merged[field] = m;
    else conflicts.push({ field, base: b, mine: m, theirs: t } as FieldConflict<T>);
  }
  return { merged, conflicts };
}

/** The merged record with a side chosen for every conflict (a missing choice is a bug). */
export function resolveFields<T>(merge: FieldsMerge<T>, choices: Partial<Record<keyof T, Side>>) {
  const out = { ...merge.merged };
  for (const conflict of merge.conflicts) {
    const side = choices[conflict.field];
    if (!side) throw new Error(`No choice for the conflicting field ${String(conflict.field)}`);
    out[conflict.field] = conflict[side] as T[keyof T];
  }
  return out;
}

/**
 * A list used as a set (tags): theirs, without what mine removed, plus what mine added. It
 * never conflicts: two editors adding different tags both mean to add them.
 */
export function mergeSet<T>(base: T[], mine: T[], theirs: T[]): T[] {
  const keys = (items: T[]) => new Set(items.map(valueKey));
  const [b, m, t] = [keys(base), keys(mine), keys(theirs)];
  const kept = theirs.filter((item) => m.has(valueKey(item)) || !b.has(valueKey(item)));
  const added = mine.filter((item) => !b.has(valueKey(item)) && !t.has(valueKey(item)));
  return [...kept, ...added];
}

/**
 * The body, block by block (see mergeSequence). Without a base the two bodies are either equal
 * or one conflict: nothing tells which side changed what.
 */
export function mergeDocument(
  base: ArticleDocument | undefined,
  mine: ArticleDocument,
  theirs: ArticleDocument,
): Chunk<Block>[] {
  if (base) return mergeSequence(base.content, mine.content, theirs.content);
  if (sameValue(mine, theirs)) return [{ kind: 'clean', items: mine.content }];
  return [{ kind: 'conflict', base: [], mine: mine.content, theirs: theirs.content }];
}

/** A body conflict may also keep both texts (mine first) for the editor to join by hand. */
export type BlockChoice = Side | 'both';

/** The body from merged chunks, with one choice per conflict in order. */
export function documentFromChunks(chunks: Chunk<Block>[], choices: BlockChoice[]) {
  const content: Block[] = [];
  let next = 0;
  for (const chunk of chunks) {
    if (chunk.kind === 'clean') {
      content.push(...chunk.items);
      continue;
    }
    const choice = choices[next++];
    if (!choice) throw new Error('No choice for a conflicting part of the body');
    if (choice !== 'theirs') content.push(...chunk.mine);
    if (choice !== 'mine') content.push(...chunk.theirs);
  }
  return { type: 'doc', content } satisfies ArticleDocument;
}
