/**
 * Hard limits for a stored article body. They exist so that a malicious or buggy save cannot
 * make us store, index or render an unbounded amount of data; they are generous compared with
 * real articles (a long read is ~300 blocks and ~60,000 characters).
 */
export const documentLimits = {
  /** Top-level blocks in one document. */
  maxBlocks: 2000,
  /** Children of any single node (inline nodes of a paragraph, items of a list, …). */
  maxChildren: 2000,
  /** Nodes of any kind across the whole document, counted after the structure is valid. */
  maxNodes: 20_000,
  /** Characters in one text node. */
  maxTextLength: 20_000,
  /** Characters of text across the whole document (text nodes, captions, alt, cite). */
  maxTotalText: 400_000,
  /** Lists inside lists: a top-level list is depth 1. */
  maxListDepth: 4,
  maxHrefLength: 2048,
  maxAttrLength: 1000,
} as const;
