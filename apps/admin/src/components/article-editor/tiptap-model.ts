import type { JSONContent } from '@tiptap/react';
import type {
  ArticleDocument,
  Block,
  HeadingLevel,
  Inline,
  ListItemNode,
  Mark,
  ParagraphNode,
} from '@vestnik/content/document';

/**
 * Tiptap JSON ⇄ the stored document model. Our model is a strict subset of Tiptap's output, so
 * loading is nearly a copy; saving drops what we do not store (link target/rel/class, marks and
 * nodes the toolbar does not offer, the image's preview URL). The server validates the result
 * again with parseArticleDocument; this mapping only keeps honest editor output valid.
 */
export function tiptapToDocument(json: JSONContent): ArticleDocument {
  const content = (json.content ?? []).flatMap(toBlocks);
  // Tiptap keeps an empty paragraph at the end for the cursor; it is not part of the text.
  while (content.length > 0 && isEmptyParagraph(content.at(-1)!)) content.pop();
  return { type: 'doc', content };
}

const isEmptyParagraph = (block: Block) =>
  block.type === 'paragraph' && (block.content?.length ?? 0) === 0;

function toBlocks(node: JSONContent): Block[] {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4) as HeadingLevel;
      return [withInline({ type: 'heading', attrs: { level } }, node.content)];
    }
    case 'blockquote': {
      const paragraphs = (node.content ?? []).flatMap(toParagraphs);
      return [
        { type: 'blockquote', content: paragraphs.length ? paragraphs : [{ type: 'paragraph' }] },
      ];
    }
    case 'bulletList':
      return [{ type: 'bulletList', content: listItems(node) }];
    case 'orderedList': {
      const start = Number(node.attrs?.start ?? 1);
      return [
        {
          type: 'orderedList',
          ...(start !== 1 && Number.isInteger(start) ? { attrs: { start } } : {}),
          content: listItems(node),
        },
      ];
    }
    case 'image': {
      const mediaId = Number(node.attrs?.mediaId);
      if (!Number.isInteger(mediaId) || mediaId <= 0) return [];
      const attrs: { mediaId: number; alt?: string; caption?: string } = { mediaId };
      if (node.attrs?.alt) attrs.alt = String(node.attrs.alt);
      if (node.attrs?.caption) attrs.caption = String(node.attrs.caption);
      return [{ type: 'image', attrs }];
    }
    case 'horizontalRule':
      return [{ type: 'horizontalRule' }];
    default:
      return toParagraphs(node);
  }
}

/** Anything that cannot stand where it is becomes plain paragraphs of its text. */
function toParagraphs(node: JSONContent): ParagraphNode[] {
  if (node.type === 'paragraph' || node.type === 'heading') {
    return [withInline({ type: 'paragraph' }, node.content)];
  }
  if (node.type === 'text' || node.type === 'hardBreak') {
    return [withInline({ type: 'paragraph' }, [node])];
  }
  return (node.content ?? []).flatMap(toParagraphs);
}

function listItems(list: JSONContent): ListItemNode[] {
  const items = (list.content ?? []).map((item): ListItemNode => {
    const children: ListItemNode['content'] = [];
    for (const child of item.content ?? []) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        const [nested] = toBlocks(child) as ListItemNode['content'];
        if (nested) children.push(nested);
      } else children.push(...toParagraphs(child));
    }
    if (children[0]?.type !== 'paragraph') children.unshift({ type: 'paragraph' });
    return { type: 'listItem', content: children };
  });
  return items.length ? items : [{ type: 'listItem', content: [{ type: 'paragraph' }] }];
}

function withInline<T extends { type: string }>(block: T, nodes: JSONContent[] | undefined) {
  const content = (nodes ?? []).flatMap(toInline);
  return (content.length ? { ...block, content } : block) as T & { content?: Inline[] };
}

function toInline(node: JSONContent): Inline[] {
  if (node.type === 'hardBreak') return [{ type: 'hardBreak' }];
  if (node.type !== 'text' || !node.text) return [];
  const marks = toMarks(node.marks ?? []);
  return [
    marks.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text },
  ];
}

function toMarks(marks: NonNullable<JSONContent['marks']>): Mark[] {
  const out: Mark[] = [];
  const seen = new Set<string>();
  for (const mark of marks) {
    if (seen.has(mark.type)) continue;
    if (mark.type === 'bold' || mark.type === 'italic') out.push({ type: mark.type });
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string') {
      // Only href is stored: the site decides target and rel for every link in one place.
      out.push({ type: 'link', attrs: { href: mark.attrs.href } });
    } else continue;
    seen.add(mark.type);
  }
  return out;
}

/** Loads a stored document into Tiptap; images get a preview URL the editor can show. */
export function documentToTiptap(
  doc: ArticleDocument,
  mediaSrc: (id: number) => string | undefined,
): JSONContent {
  const content = doc.content.map((block) =>
    block.type === 'image'
      ? { type: 'image', attrs: { ...block.attrs, src: mediaSrc(block.attrs.mediaId) ?? null } }
      : (block as JSONContent),
  );
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
