import type { Block } from '@vestnik/content/document';
import {
  type BlockChoice,
  documentFromChunks,
  mergeDocument,
  mergeFields,
  mergeSet,
  resolveFields,
} from '@vestnik/content/merge';
import type { LocalCopy } from './local-copy';
import type { FormState } from './types';

/** The form as merged field by field: the slug and whether it was typed travel together. */
type Fields = Omit<FormState, 'body' | 'tags' | 'slug' | 'slugManual'> & {
  address: { slug: string; manual: boolean };
};
export type FieldName = keyof Fields;

export type CopyConflict =
  | { kind: 'field'; key: FieldName; mine: unknown; theirs: unknown }
  | { kind: 'body'; key: `body:${number}`; mine: Block[]; theirs: Block[] };

export type CopyMerge = {
  conflicts: CopyConflict[];
  /** The merged form with a choice for every conflict, by conflict key. */
  apply: (choices: Record<string, BlockChoice>) => FormState;
};

function fieldsOf({ body: _b, tags: _t, slug, slugManual, ...rest }: FormState): Fields {
  return { ...rest, address: { slug, manual: slugManual } };
}

/**
 * Restoring a kept copy over the version now in the form (`theirs`): a three-way merge against
 * the version the copy was typed on, field by field and the body block by block. What only the
 * copy changed comes from the copy, what only the other editor changed stays, and what both
 * changed is a conflict for the person restoring (nothing is decided for them).
 */
export function mergeLocalCopy(copy: LocalCopy, theirs: FormState): CopyMerge {
  // Copies kept before bylines were editable have no authors: keep the current ones.
  // Copies kept before the language was a field have none: keep the current one.
  const mine = {
    ...copy.state,
    authors: copy.state.authors ?? theirs.authors,
    locale: copy.state.locale ?? theirs.locale,
  };
  const base = copy.base;
  const fields = mergeFields(base && fieldsOf(base), fieldsOf(mine), fieldsOf(theirs));
  const chunks = mergeDocument(base?.body, mine.body, theirs.body);
  const conflicts: CopyConflict[] = fields.conflicts.map((c) => ({
    kind: 'field',
    key: c.field,
    mine: c.mine,
    theirs: c.theirs,
  }));
  let part = 0;
  for (const chunk of chunks) {
    if (chunk.kind !== 'conflict') continue;
    conflicts.push({ kind: 'body', key: `body:${part++}`, mine: chunk.mine, theirs: chunk.theirs });
  }
  // Without a base both lists are kept whole (a union): a removal cannot be told from an addition.
  const tags = mergeSet(base?.tags ?? [], mine.tags, theirs.tags);
  return {
    conflicts,
    apply: (choices) => {
      const picked = Object.fromEntries(
        fields.conflicts.map((c) => [c.field, choices[c.field] === 'mine' ? 'mine' : 'theirs']),
      );
      const { address, ...rest } = resolveFields(fields, picked);
      const bodyChoices = Array.from({ length: part }, (_, i) => choices[`body:${i}`] ?? 'theirs');
      return {
        ...rest,
        slug: address.slug,
        slugManual: address.manual,
        body: documentFromChunks(chunks, bodyChoices),
        tags,
      };
    },
  };
}
