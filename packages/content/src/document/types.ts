/**
 * The article body: a strict subset of ProseMirror/Tiptap JSON, so an editor can produce it
 * directly. Field order and names follow Tiptap's `getJSON()` output.
 */
export type BoldMark = { type: 'bold' };
export type ItalicMark = { type: 'italic' };
/** Only `href` is stored: target/rel are decided by the renderer (see schema.ts). */
export type LinkMark = { type: 'link'; attrs: { href: string } };
export type Mark = BoldMark | ItalicMark | LinkMark;

export type TextNode = { type: 'text'; text: string; marks?: Mark[] };
/** Tiptap keeps the surrounding marks on a hard break; they are accepted and ignored. */
export type HardBreakNode = { type: 'hardBreak'; marks?: Mark[] };
export type Inline = TextNode | HardBreakNode;

export type HeadingLevel = 2 | 3 | 4;

export type ParagraphNode = { type: 'paragraph'; content?: Inline[] };
export type HeadingNode = { type: 'heading'; attrs: { level: HeadingLevel }; content?: Inline[] };
export type BlockquoteNode = {
  type: 'blockquote';
  attrs?: { cite?: string };
  content: ParagraphNode[];
};
export type ListItemNode = {
  type: 'listItem';
  content: (ParagraphNode | BulletListNode | OrderedListNode)[];
};
export type BulletListNode = { type: 'bulletList'; content: ListItemNode[] };
export type OrderedListNode = {
  type: 'orderedList';
  attrs?: { start?: number };
  content: ListItemNode[];
};
export type ImageNode = {
  type: 'image';
  attrs: { mediaId: number; alt?: string; caption?: string };
};
export type HorizontalRuleNode = { type: 'horizontalRule' };

export type Block =
  | ParagraphNode
  | HeadingNode
  | BlockquoteNode
  | BulletListNode
  | OrderedListNode
  | ImageNode
  | HorizontalRuleNode;

export type ArticleDocument = { type: 'doc'; content: Block[] };
