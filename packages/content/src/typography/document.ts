import type { ArticleDocument, Block, Inline, ListItemNode } from '../document/types.ts';
import { placeQuotes } from './quotes.ts';

/**
 * The body with its quotes typeset. Quotes are paired across the text nodes of a paragraph
 * (`"` + bold `Ромашка` + `"` is one quotation), never across paragraphs. Only the text
 * readers read changes: link addresses, image attributes and the structure stay as they are.
 */
export function typesetDocument(doc: ArticleDocument): ArticleDocument {
  return { ...doc, content: doc.content.map(typesetBlock) };
}

function typesetBlock<T extends Block | ListItemNode>(block: T): T {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return block.content ? { ...block, content: typesetInline(block.content) } : block;
    case 'blockquote':
      return { ...block, content: block.content.map(typesetBlock) };
    case 'bulletList':
    case 'orderedList':
      return { ...block, content: block.content.map(typesetBlock) };
    case 'listItem':
      return { ...block, content: block.content.map(typesetBlock) };
    default:
      return block;
  }
}

/** Typesets the paragraph as one string, then cuts it back into the same nodes. */
function typesetInline(content: Inline[]): Inline[] {
  const joined = content.map((node) => (node.type === 'text' ? node.text : '\n')).join('');
  const typeset = placeQuotes(joined);
  if (typeset === joined) return content;
  let offset = 0;
  return content.map((node) => {
    if (node.type !== 'text') {
      offset += 1;
      return node;
    }
    const text = typeset.slice(offset, offset + node.text.length);
    offset += node.text.length;
    return text === node.text ? node : { ...node, text };
  });
}
