import { HIGHLIGHT_START, HIGHLIGHT_STOP } from '@vestnik/db/queries/search';
import { Fragment, type ReactNode } from 'react';

const splitter = new RegExp(`([${HIGHLIGHT_START}${HIGHLIGHT_STOP}])`);

/**
 * Text from ts_headline with its marker characters turned into <mark> elements. The text stays
 * text (React escapes it): nothing from an article is ever interpreted as HTML.
 */
export function Highlighted({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let marked = false;
  for (const [index, chunk] of text.split(splitter).entries()) {
    if (chunk === HIGHLIGHT_START || chunk === HIGHLIGHT_STOP) {
      marked = chunk === HIGHLIGHT_START;
      continue;
    }
    if (chunk)
      parts.push(
        marked ? <mark key={index}>{chunk}</mark> : <Fragment key={index}>{chunk}</Fragment>,
      );
  }
  return <>{parts}</>;
}
