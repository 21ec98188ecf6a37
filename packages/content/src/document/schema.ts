import { z } from 'zod';
import { isSafeHref } from './href.ts';
import { documentLimits as limits } from './limits.ts';
import { checkDocumentTotals } from './totals.ts';
import type { ArticleDocument, BulletListNode, Mark, OrderedListNode } from './types.ts';

// Every object is strict: an unknown key is an error, not silently dropped, so nothing we do
// not understand is ever stored and later rendered by a less careful consumer.

const shortText = z.string().max(limits.maxAttrLength);
const children = <T extends z.ZodType>(item: T) => z.array(item).max(limits.maxChildren);

const hrefSchema = z
  .string()
  .max(limits.maxHrefLength)
  .refine(isSafeHref, { params: { reason: 'unsafe-href' } });

// Tiptap's Link mark also emits target/rel/class. We deliberately store only `href`: link
// presentation (target, rel) is decided in one place by the renderer, so a crafted save can
// neither drop `noopener` nor inject CSS classes, and changing the policy later changes every
// old article too. The editor adapter must map Tiptap link marks to `{ type, attrs: { href } }`.
const markSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: hrefSchema }) }),
]);

const marksSchema = z
  .array(markSchema)
  .max(3)
  // ProseMirror never puts two marks of the same type on a node; neither do we.
  .refine((marks: Mark[]) => new Set(marks.map((mark) => mark.type)).size === marks.length, {
    params: { reason: 'duplicate-mark' },
  });

const inlineSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('text'),
    text: z.string().min(1).max(limits.maxTextLength),
    marks: marksSchema.optional(),
  }),
  z.strictObject({ type: z.literal('hardBreak'), marks: marksSchema.optional() }),
]);

const paragraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  content: children(inlineSchema).optional(),
});

type ListSchemas = {
  bulletList: z.ZodType<BulletListNode> & z.core.$ZodTypeDiscriminable;
  orderedList: z.ZodType<OrderedListNode> & z.core.$ZodTypeDiscriminable;
};

/**
 * Lists are built level by level instead of with `z.lazy`, so the schema itself stops at
 * `maxListDepth`: a payload nested ten thousand levels deep is rejected at level five rather
 * than recursed into.
 */
function listSchemas(depth: number): ListSchemas {
  const nested = depth < limits.maxListDepth ? listSchemas(depth + 1) : undefined;
  const childSchema = nested
    ? z.discriminatedUnion('type', [paragraphSchema, nested.bulletList, nested.orderedList])
    : z.discriminatedUnion('type', [paragraphSchema]);
  const itemSchema = z.strictObject({
    type: z.literal('listItem'),
    content: children(childSchema)
      .min(1)
      // Tiptap's listItem is `paragraph block*`; keeping that makes our documents loadable there.
      .refine((content) => content[0]?.type === 'paragraph', {
        params: { reason: 'list-item-first' },
      }),
  });
  const items = z
    .array(z.discriminatedUnion('type', [itemSchema]))
    .min(1)
    .max(limits.maxChildren);
  return {
    bulletList: z.strictObject({ type: z.literal('bulletList'), content: items }),
    orderedList: z.strictObject({
      type: z.literal('orderedList'),
      attrs: z.strictObject({ start: z.int().min(0).max(100_000).optional() }).optional(),
      content: items,
    }),
  };
}

const topLists = listSchemas(1);

const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  z.strictObject({
    type: z.literal('heading'),
    attrs: z.strictObject({ level: z.literal([2, 3, 4]) }),
    content: children(inlineSchema).optional(),
  }),
  z.strictObject({
    type: z.literal('blockquote'),
    attrs: z.strictObject({ cite: shortText.optional() }).optional(),
    content: children(z.discriminatedUnion('type', [paragraphSchema])).min(1),
  }),
  topLists.bulletList,
  topLists.orderedList,
  z.strictObject({
    type: z.literal('image'),
    attrs: z.strictObject({
      // Media ids are Postgres `serial` values.
      mediaId: z.int().positive().max(2_147_483_647),
      alt: shortText.optional(),
      caption: shortText.optional(),
    }),
  }),
  z.strictObject({ type: z.literal('horizontalRule') }),
]);

export const articleDocumentSchema: z.ZodType<ArticleDocument> = z
  .strictObject({
    type: z.literal('doc'),
    content: z.array(blockSchema).max(limits.maxBlocks),
  })
  .superRefine(checkDocumentTotals);
