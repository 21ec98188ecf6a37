// biome-ignore-all lint/suspicious/noArrayIndexKey: a rendered document is static and never
// reorders between renders, so positional keys are stable.
import type { ReactNode } from 'react';
import type { Block, HeadingNode, ListItemNode } from '../document/types.ts';
import { asArray, isRecord, nonEmpty } from './guards.ts';
import { ArticleImage } from './image.tsx';
import { renderInlines } from './inline.tsx';
import type { RenderOptions } from './types.ts';

type BlockProps = { block: Block; options: RenderOptions };

export function BlockView({ block, options }: BlockProps): ReactNode {
  if (!isRecord(block)) return null;
  switch (block.type) {
    case 'paragraph': {
      const inlines = renderInlines(block.content);
      // Editors leave empty paragraphs as spacing; layout is the stylesheet's job.
      return inlines.some((node) => node !== null) ? <p>{inlines}</p> : null;
    }
    case 'heading':
      return <Heading node={block} />;
    case 'blockquote':
      return <Quote paragraphs={block.content} cite={block.attrs?.cite} options={options} />;
    case 'bulletList':
      return <ul>{renderItems(block.content, options)}</ul>;
    case 'orderedList':
      return <ol start={block.attrs?.start}>{renderItems(block.content, options)}</ol>;
    case 'image':
      return <ArticleImage node={block} options={options} />;
    case 'horizontalRule':
      return <hr />;
    default:
      // Unknown node types render nothing: never guess at markup for data we do not know.
      return null;
  }
}

export function renderBlocks(blocks: readonly Block[] | undefined, options: RenderOptions) {
  return asArray(blocks).map((block, index) => (
    <BlockView key={index} block={block} options={options} />
  ));
}

function Heading({ node }: { node: HeadingNode }): ReactNode {
  const children = renderInlines(node.content);
  // The tag is chosen from a fixed set, never built from data (`h${level}` could be `hscript`).
  const level = node.attrs?.level;
  if (level === 3) return <h3>{children}</h3>;
  if (level === 4) return <h4>{children}</h4>;
  return <h2>{children}</h2>;
}

type QuoteProps = { paragraphs: Block[]; cite: unknown; options: RenderOptions };

function Quote({ paragraphs, cite, options }: QuoteProps): ReactNode {
  const quote = <blockquote>{renderBlocks(paragraphs, options)}</blockquote>;
  if (!nonEmpty(cite)) return quote;
  // `cite` is a person or outlet, not a URL, so it goes into a caption, not the cite attribute.
  return (
    <figure>
      {quote}
      <figcaption>{cite}</figcaption>
    </figure>
  );
}

function renderItems(items: readonly ListItemNode[], options: RenderOptions) {
  return asArray(items).map((item, index) =>
    isRecord(item) && item.type === 'listItem' ? (
      <li key={index}>{renderBlocks(item.content, options)}</li>
    ) : null,
  );
}
