// biome-ignore-all lint/suspicious/noArrayIndexKey: a rendered document is static and never
// reorders between renders, so positional keys are stable.
import type { ReactNode } from 'react';
import { classifyHref } from '../document/href.ts';
import type { Inline, Mark } from '../document/types.ts';
import { asArray, isRecord } from './guards.ts';

export function renderInlines(content: readonly Inline[] | undefined): ReactNode[] {
  return asArray(content).map((node, index) => {
    if (!isRecord(node)) return null;
    if (node.type === 'hardBreak') return <br key={index} />;
    if (node.type !== 'text' || typeof node.text !== 'string') return null;
    return <Text key={index} text={node.text} marks={asArray(node.marks)} />;
  });
}

/**
 * Marks are applied in a fixed order (link outermost, then bold, then italic) whatever order
 * they were stored in, so equal documents give equal markup.
 */
function Text({ text, marks }: { text: string; marks: readonly Mark[] }): ReactNode {
  const has = (type: Mark['type']) => marks.some((mark) => isRecord(mark) && mark.type === type);
  let node: ReactNode = text;
  if (has('italic')) node = <em>{node}</em>;
  if (has('bold')) node = <strong>{node}</strong>;
  const link = marks.find((mark) => isRecord(mark) && mark.type === 'link');
  return link?.type === 'link' ? <Link href={link.attrs?.href}>{node}</Link> : node;
}

/**
 * The href is checked again here although parsing already did: the renderer may be handed a
 * document that skipped validation (old rows, tests, a future import path), and an unsafe
 * href must never reach the HTML. An unsafe link degrades to its plain text.
 */
function Link({ href, children }: { href: unknown; children: ReactNode }): ReactNode {
  const kind = classifyHref(href);
  if (kind === null || typeof href !== 'string') return children;
  if (kind !== 'external') return <a href={href}>{children}</a>;
  // External links open in a new tab; `noopener` stops the target from scripting our window.
  // No `nofollow`: links in articles are chosen by editors and we stand behind them.
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
