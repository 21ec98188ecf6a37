import type { ArticleDocument, Block, Inline, ListItemNode } from '../document/types.ts';

/**
 * Flattens a body to text for full-text search and excerpts: blocks are separated by a blank
 * line, list items and hard breaks by a newline. Images contribute their caption (the only
 * text a reader sees); alt text is left out because it describes the picture, not the story.
 */
export function documentToPlainText(doc: ArticleDocument): string {
  return doc.content
    .map(blockText)
    .filter((text) => text.length > 0)
    .join('\n\n');
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(block.content);
    case 'blockquote': {
      const lines = block.content.map((paragraph) => inlineText(paragraph.content));
      return joinLines([...lines, block.attrs?.cite ?? '']);
    }
    case 'bulletList':
    case 'orderedList':
      return joinLines(block.content.map(listItemText));
    case 'image':
      return block.attrs.caption?.trim() ?? '';
    default:
      return '';
  }
}

function listItemText(item: ListItemNode): string {
  return joinLines(item.content.map((child) => blockText(child)));
}

function inlineText(content: Inline[] | undefined): string {
  const text = (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
  return joinLines(text.split('\n'));
}

const joinLines = (lines: string[]) =>
  lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join('\n');
