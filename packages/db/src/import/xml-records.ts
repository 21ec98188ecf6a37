import { createReadStream } from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** An element read whole: its attributes, its own text (CDATA included) and its children. */
export type XmlElement = {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
};

/** One child of the feed's container (`rss/channel/*`, `feed/*`), read whole, in file order. */
export type XmlRecord = { root: string; element: XmlElement };

/** Bytes of the file read so far, for a progress bar (updated as chunks are parsed). */
export type ReadProgress = { bytesRead: number };

/** The file is not well-formed XML (or ends too soon): where, and saxes's reason. */
export class XmlPositionError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${line}:${column}: ${reason}`);
  }
}

/** How deep the records sit: `rss > channel > item` in RSS and WXR, `feed > entry` in Atom. */
function recordDepth(root: string): number {
  return root === 'rss' ? 3 : 2;
}

/**
 * Reads an XML feed as a stream: only the record being read is in memory, never the file. Each
 * chunk is parsed and the records it completed are handed out before the next chunk is read, so
 * a slow consumer holds the file back (back-pressure) instead of buffering it. saxes never fetches
 * or expands external entities, so a hostile DOCTYPE cannot read files or the network.
 *
 * A malformed or truncated file ends with an XmlPositionError, after every complete record
 * before the fault has been handed out.
 */
export async function* readXmlRecords(
  file: string,
  progress?: ReadProgress,
): AsyncGenerator<XmlRecord> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  const stack: XmlElement[] = [];
  const ready: XmlRecord[] = [];
  let root = '';
  let failure: XmlPositionError | undefined;
  parser.on('error', (error) => {
    failure ??= new XmlPositionError(parser.line, parser.column, stripPosition(error.message));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (!root) root = tag.name;
    stack.push({ name: tag.name, attrs: { ...tag.attributes }, text: '', children: [] });
  });
  const addText = (text: string) => {
    const current = stack[stack.length - 1];
    if (current && stack.length >= recordDepth(root)) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop();
    if (!element) return;
    const depth = stack.length + 1;
    if (depth === recordDepth(root)) ready.push({ root, element });
    else if (depth > recordDepth(root)) stack[stack.length - 1]!.children.push(element);
  });
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (progress) progress.bytesRead = stream.bytesRead;
      yield* ready.splice(0);
      if (failure) throw failure;
    }
    parser.close();
    yield* ready.splice(0);
    if (failure) throw failure;
    if (!root)
      throw new XmlPositionError(
        parser.line,
        parser.column,
        'document must contain a root element',
      );
  } finally {
    stream.destroy();
  }
}

/** saxes prefixes its messages with the position, which we give in words ourselves. */
function stripPosition(message: string): string {
  return message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '');
}

/** The text of the first child named `name` (trimmed), or ''. */
export function childText(element: XmlElement, name: string): string {
  return element.children.find((child) => child.name === name)?.text.trim() ?? '';
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
