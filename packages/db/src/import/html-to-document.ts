import {
  type Block,
  type BulletListNode,
  documentLimits,
  type HeadingLevel,
  type Inline,
  isSafeHref,
  type ListItemNode,
  type Mark,
  type OrderedListNode,
  type ParagraphNode,
} from '@vestnik/content/document';
import { Parser } from 'htmlparser2';
import { type Notes, note } from './notes.ts';
import { expandShortcodes } from './shortcodes.ts';

/** An image of the old body, resolved to a media row (or recorded as missing) after conversion. */
export type PendingImage = { type: 'pendingImage'; src: string; alt: string; caption: string };
export type DraftBlock = Block | PendingImage;

/** Dropped with everything inside them: code, styling, forms, widgets. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'head',
  'title',
  'link',
  'meta',
]);
/** Turned into a link to their source (a reader still gets to the video or the post). */
const EMBEDS = new Set(['iframe', 'embed', 'object', 'video', 'audio']);
const BLOCK_BOUNDARIES = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'center',
  'address',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'figure',
]);
/** Inline formatting our model has no mark for: the text stays, the formatting is counted. */
const LOST_FORMATTING = new Set([
  'u',
  's',
  'strike',
  'del',
  'ins',
  'sup',
  'sub',
  'code',
  'mark',
  'small',
  'big',
  'font',
  'kbd',
  'tt',
]);

type Container =
  | { kind: 'doc'; blocks: DraftBlock[] }
  | { kind: 'blockquote'; blocks: DraftBlock[]; cite?: string }
  | { kind: 'list'; blocks: DraftBlock[]; ordered: boolean; start?: number }
  | { kind: 'listItem'; blocks: DraftBlock[] };

type Figure = { images: PendingImage[]; caption: string; inCaption: boolean };

/**
 * Old article HTML (WordPress classic editor or Gutenberg block markup) → blocks of our document
 * model. Nothing of the HTML is stored: only text, the marks we have (bold, italic, safe links)
 * and our block types. What has no place in the model is dropped or approximated and counted in
 * `notes`, so the report says exactly what an import changed. Images come out as PendingImage;
 * the caller resolves them to media rows.
 */
export function htmlToBlocks(html: string, notes: Notes): DraftBlock[] {
  const gutenberg = html.includes('<!-- wp:');
  const source = gutenberg ? html : expandShortcodes(html, notes);
  const converter = new Converter(notes, !gutenberg);
  const parser = new Parser(converter.handlers(), { decodeEntities: true, lowerCaseTags: true });
  parser.write(source);
  parser.end();
  return converter.finish();
}

class Converter {
  private readonly stack: Container[] = [{ kind: 'doc', blocks: [] }];
  private inline: Inline[] = [];
  private heading: HeadingLevel | undefined;
  private bold = 0;
  private italic = 0;
  private links: (string | undefined)[] = [];
  private dropDepth = 0;
  private pre = 0;
  private figure: Figure | undefined;
  private skipEmbedBlock = 0;
  private tableCells = 0;

  constructor(
    private readonly notes: Notes,
    /** Classic content has no <p>: blank lines are paragraphs and single newlines breaks (wpautop). */
    private readonly classic: boolean,
  ) {}

  handlers() {
    return {
      onopentag: (name: string, attrs: Record<string, string>) => this.open(name, attrs),
      onclosetag: (name: string) => this.close(name),
      ontext: (text: string) => this.text(text),
      oncomment: (comment: string) => this.comment(comment),
    };
  }

  finish(): DraftBlock[] {
    this.flush();
    while (this.stack.length > 1) this.closeContainer();
    return this.stack[0]!.blocks;
  }

  private get top(): Container {
    return this.stack[this.stack.length - 1]!;
  }

  private comment(comment: string) {
    const block = /^\s*(\/?)wp:([a-z0-9/-]+)\s*(\{.*\})?\s*\/?\s*$/s.exec(comment);
    if (!block) return;
    const [, closing, name, json] = block;
    if (!name?.startsWith('embed') && !name?.startsWith('core-embed')) return;
    if (closing) {
      this.skipEmbedBlock = Math.max(0, this.skipEmbedBlock - 1);
      return;
    }
    // A Gutenberg embed block stores its URL in the comment; the HTML inside is a wrapper.
    let url = '';
    try {
      url = String((JSON.parse(json ?? '{}') as { url?: unknown }).url ?? '');
    } catch {
      url = '';
    }
    if (url) this.linkBlock(url, 'встраивание (embed) заменено ссылкой');
    this.skipEmbedBlock += 1;
  }

  private open(name: string, attrs: Record<string, string>) {
    if (this.dropDepth > 0 || DROPPED.has(name)) {
      if (this.dropDepth === 0) note(this.notes, `<${name}> удалён`);
      this.dropDepth += 1;
      return;
    }
    if (this.skipEmbedBlock > 0) return;
    if (EMBEDS.has(name)) return this.embed(name, attrs);
    switch (name) {
      case 'strong':
      case 'b':
        this.bold += 1;
        return;
      case 'em':
      case 'i':
        this.italic += 1;
        return;
      case 'a':
        this.links.push(this.safeHref(attrs.href));
        return;
      case 'br':
        if (this.inline.length > 0) this.inline.push({ type: 'hardBreak' });
        return;
      case 'img':
        return this.image(attrs);
      case 'hr':
        this.flush();
        this.top.blocks.push({ type: 'horizontalRule' });
        return;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return this.openHeading(Number(name[1]));
      case 'ul':
      case 'ol':
        this.flush();
        this.stack.push({
          kind: 'list',
          blocks: [],
          ordered: name === 'ol',
          start: name === 'ol' && attrs.start ? Number.parseInt(attrs.start, 10) : undefined,
        });
        return;
      case 'li':
        this.flush();
        if (this.top.kind !== 'list') note(this.notes, '<li> вне списка стал абзацем');
        else this.stack.push({ kind: 'listItem', blocks: [] });
        return;
      case 'blockquote':
        this.flush();
        this.stack.push({ kind: 'blockquote', blocks: [], cite: this.safeHref(attrs.cite) });
        return;
      case 'pre':
        this.flush();
        this.pre += 1;
        note(this.notes, '<pre> стал абзацем с переносами строк');
        return;
      case 'figcaption':
        if (this.figure) this.figure.inCaption = true;
        return;
      case 'td':
      case 'th':
        if (this.tableCells++ > 0) this.addText(' · ');
        return;
      default:
        if (name === 'table') note(this.notes, 'таблица стала абзацами');
        if (name === 'figure') {
          this.flush();
          this.figure = { images: [], caption: '', inCaption: false };
          return;
        }
        if (BLOCK_BOUNDARIES.has(name)) this.flush();
        else if (LOST_FORMATTING.has(name))
          note(this.notes, `<${name}>: оформление снято, текст сохранён`);
    }
  }

  private close(name: string) {
    if (this.dropDepth > 0) {
      this.dropDepth -= 1;
      return;
    }
    if (this.skipEmbedBlock > 0) return;
    switch (name) {
      case 'strong':
      case 'b':
        this.bold = Math.max(0, this.bold - 1);
        return;
      case 'em':
      case 'i':
        this.italic = Math.max(0, this.italic - 1);
        return;
      case 'a':
        this.links.pop();
        return;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.flush();
        this.heading = undefined;
        return;
      case 'ul':
      case 'ol':
        this.flush();
        this.closeUpTo('list');
        return;
      case 'li':
        this.flush();
        if (this.top.kind === 'listItem') this.closeContainer();
        return;
      case 'blockquote':
        this.flush();
        this.closeUpTo('blockquote');
        return;
      case 'pre':
        this.flush();
        this.pre = Math.max(0, this.pre - 1);
        return;
      case 'figcaption':
        if (this.figure) this.figure.inCaption = false;
        return;
      case 'figure':
        return this.closeFigure();
      case 'tr':
        this.tableCells = 0;
        this.flush();
        return;
      default:
        if (BLOCK_BOUNDARIES.has(name)) this.flush();
    }
  }

  private text(raw: string) {
    if (this.dropDepth > 0 || this.skipEmbedBlock > 0) return;
    if (this.figure?.inCaption) {
      this.figure.caption += raw;
      return;
    }
    if (this.pre > 0) {
      raw.split('\n').forEach((line, index) => {
        if (index > 0) this.inline.push({ type: 'hardBreak' });
        if (line) this.addText(line);
      });
      return;
    }
    if (!this.classic) return this.addText(raw.replace(/\s+/g, ' '));
    // wpautop: a blank line ends a paragraph, a single newline is a line break.
    raw.split(/\n[ \t\r]*\n\s*/).forEach((part, index) => {
      if (index > 0) this.flush();
      part.split('\n').forEach((line, lineIndex) => {
        if (lineIndex > 0 && this.hasText()) this.inline.push({ type: 'hardBreak' });
        this.addText(line.replace(/\s+/g, ' '));
      });
    });
  }

  private hasText(): boolean {
    return this.inline.some((node) => node.type === 'text' && node.text.trim() !== '');
  }

  private addText(text: string) {
    if (text === '') return;
    if (!this.hasText() && text.trim() === '') return;
    const marks: Mark[] = [];
    if (this.bold > 0) marks.push({ type: 'bold' });
    if (this.italic > 0) marks.push({ type: 'italic' });
    const href = this.links[this.links.length - 1];
    if (href) marks.push({ type: 'link', attrs: { href } });
    const last = this.inline[this.inline.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks, marks)) {
      last.text += text;
      return;
    }
    this.inline.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  }

  private safeHref(href: string | undefined): string | undefined {
    if (!href) return undefined;
    const absolute = href.startsWith('//') ? `https:${href}` : href.trim();
    if (isSafeHref(absolute)) return absolute;
    if (!href.startsWith('#'))
      note(this.notes, 'небезопасная или относительная ссылка снята, текст сохранён');
    return undefined;
  }

  private openHeading(level: number) {
    this.flush();
    if (level === 1) note(this.notes, '<h1> стал заголовком 2-го уровня');
    if (level > 4) note(this.notes, `<h${level}> стал заголовком 4-го уровня`);
    this.heading = Math.min(Math.max(level, 2), 4) as HeadingLevel;
  }

  private image(attrs: Record<string, string>) {
    const src = (attrs.src ?? '').trim();
    if (!src) return note(this.notes, '<img> без адреса удалён');
    const image: PendingImage = {
      type: 'pendingImage',
      src,
      alt: (attrs.alt ?? '').trim(),
      caption: '',
    };
    if (this.figure) {
      this.figure.images.push(image);
      return;
    }
    this.flush();
    this.top.blocks.push(image);
  }

  private closeFigure() {
    const figure = this.figure;
    this.figure = undefined;
    this.flush();
    if (!figure) return;
    const caption = figure.caption
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, documentLimits.maxAttrLength);
    for (const image of figure.images) this.top.blocks.push({ ...image, caption });
    if (figure.images.length === 0 && caption) this.addText(caption);
    this.flush();
  }

  private embed(name: string, attrs: Record<string, string>) {
    const src = attrs.src ?? attrs.data ?? '';
    // Closing tags of iframe/video/… arrive later; the contents (fallback text, <source>) drop.
    if (name !== 'embed') this.dropDepth += 1;
    if (!src) return note(this.notes, `<${name}> без адреса удалён`);
    this.linkBlock(src, `<${name}> заменён ссылкой`);
  }

  private linkBlock(url: string, what: string) {
    this.flush();
    const href = this.safeHref(url);
    if (!href) return;
    note(this.notes, what);
    const text = url.slice(0, documentLimits.maxTextLength);
    this.top.blocks.push({
      type: 'paragraph',
      content: [{ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }],
    });
  }

  /** Ends the paragraph or heading being written, if it has any text. */
  private flush() {
    const content = tidyInline(this.inline);
    this.inline = [];
    if (content.length === 0) return;
    const block: Block = this.heading
      ? { type: 'heading', attrs: { level: this.heading }, content }
      : { type: 'paragraph', content };
    const top = this.top;
    if (top.kind === 'list') {
      // Text straight inside <ul>: an item of its own.
      top.blocks.push({ type: 'listItem', content: [toParagraph(block)] } as unknown as Block);
      return;
    }
    top.blocks.push(block);
  }

  private closeUpTo(kind: Container['kind']) {
    if (!this.stack.some((c) => c.kind === kind)) return;
    while (this.top.kind !== kind) this.closeContainer();
    this.closeContainer();
  }

  private closeContainer() {
    const container = this.stack.pop()!;
    const parent = this.top;
    const { node, hoisted } = this.build(container);
    if (node) parent.blocks.push(node as Block);
    parent.blocks.push(...hoisted);
  }

  private build(container: Container): { node?: unknown; hoisted: DraftBlock[] } {
    const hoisted: DraftBlock[] = [];
    if (container.kind === 'blockquote') {
      const content = this.paragraphsOf(container.blocks, hoisted, 'цитате');
      const attrs = container.cite ? { attrs: { cite: container.cite } } : {};
      return {
        node: content.length ? { type: 'blockquote', ...attrs, content } : undefined,
        hoisted,
      };
    }
    if (container.kind === 'listItem') {
      const content: ListItemNode['content'] = [];
      for (const block of container.blocks) {
        if (block.type === 'bulletList' || block.type === 'orderedList') content.push(block);
        else content.push(...this.paragraphsOf([block], hoisted, 'списке'));
      }
      return { node: content.length ? { type: 'listItem', content } : undefined, hoisted };
    }
    if (container.kind === 'list') {
      const items = container.blocks.filter((b) => (b as { type: string }).type === 'listItem');
      const node: BulletListNode | OrderedListNode = container.ordered
        ? {
            type: 'orderedList',
            ...(container.start !== undefined &&
            Number.isInteger(container.start) &&
            container.start >= 0
              ? { attrs: { start: Math.min(container.start, 100_000) } }
              : {}),
            content: items as unknown as ListItemNode[],
          }
        : { type: 'bulletList', content: items as unknown as ListItemNode[] };
      return { node: items.length ? node : undefined, hoisted };
    }
    return { hoisted: container.blocks };
  }

  /** What a quote or a list item may hold is paragraphs: other blocks become them or move out. */
  private paragraphsOf(
    blocks: DraftBlock[],
    hoisted: DraftBlock[],
    where: string,
  ): ParagraphNode[] {
    const out: ParagraphNode[] = [];
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph':
          out.push(block);
          break;
        case 'heading':
          note(this.notes, `заголовок в ${where} стал абзацем`);
          out.push(toParagraph(block));
          break;
        case 'blockquote':
          note(this.notes, `цитата в ${where} стала абзацами`);
          out.push(...block.content);
          break;
        case 'bulletList':
        case 'orderedList':
          note(this.notes, `список в ${where} стал абзацами`);
          out.push(...listParagraphs(block));
          break;
        case 'horizontalRule':
          note(this.notes, `линия в ${where} удалена`);
          break;
        default:
          note(this.notes, `изображение в ${where} вынесено после него`);
          hoisted.push(block);
      }
    }
    return out;
  }
}

function sameMarks(a: Mark[] | undefined, b: Mark[]): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b);
}

function toParagraph(block: Block): ParagraphNode {
  const content = (block as { content?: Inline[] }).content;
  return content?.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function listParagraphs(list: BulletListNode | OrderedListNode): ParagraphNode[] {
  return list.content.flatMap((item) =>
    item.content.flatMap((child) => (child.type === 'paragraph' ? [child] : listParagraphs(child))),
  );
}

/**
 * Trims the edges of a paragraph, drops breaks at its ends, and cuts text nodes to the model's
 * limit (a 30,000-character paragraph becomes two nodes, not an invalid document).
 */
function tidyInline(nodes: Inline[]): Inline[] {
  const out = [...nodes];
  while (out.length && (out[0]!.type === 'hardBreak' || isBlank(out[0]!))) out.shift();
  while (out.length && (out[out.length - 1]!.type === 'hardBreak' || isBlank(out[out.length - 1]!)))
    out.pop();
  if (out.length === 0) return out;
  const first = out[0] as { type: 'text'; text: string };
  out[0] = { ...first, text: first.text.trimStart() };
  const lastIndex = out.length - 1;
  const last = out[lastIndex] as { type: 'text'; text: string };
  out[lastIndex] = { ...last, text: last.text.trimEnd() };
  return out.flatMap((node) => (node.type === 'text' ? splitLongText(node) : [node]));
}

function isBlank(node: Inline): boolean {
  return node.type === 'text' && node.text.trim() === '';
}

function splitLongText(node: Extract<Inline, { type: 'text' }>): Inline[] {
  if (node.text.length === 0) return [];
  if (node.text.length <= documentLimits.maxTextLength) return [node];
  const parts: Inline[] = [];
  for (let at = 0; at < node.text.length; at += documentLimits.maxTextLength) {
    parts.push({ ...node, text: node.text.slice(at, at + documentLimits.maxTextLength) });
  }
  return parts;
}

/** Plain text of a little HTML (titles, excerpts, captions): tags gone, entities decoded. */
export function textFromHtml(html: string): string {
  let out = '';
  let dropped = 0;
  const parser = new Parser(
    {
      onopentag: (name) => {
        if (DROPPED.has(name)) dropped += 1;
      },
      onclosetag: (name) => {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
      },
      ontext: (text) => {
        if (dropped === 0) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.replace(/\s+/g, ' ').trim();
}
