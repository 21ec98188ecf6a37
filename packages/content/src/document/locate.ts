/** What kind of position a node occupies; it decides how an error about it is phrased. */
export type Slot = 'root' | 'block' | 'inline' | 'mark' | 'listItem' | 'listChild' | 'quoteChild';

type Path = readonly PropertyKey[];

const blockNames: Record<string, string> = {
  paragraph: 'абзаце',
  heading: 'заголовке',
  blockquote: 'цитате',
  bulletList: 'списке',
  orderedList: 'списке',
  image: 'изображении',
  horizontalRule: 'разделителе',
};

// Both list types count as one kind: an editor sees "the second list", not "the first ol".
const kindOf = (type: unknown): string =>
  type === 'orderedList' ? 'bulletList' : typeof type === 'string' ? type : '';

export function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function typeAt(root: unknown, path: Path): unknown {
  return valueAt(valueAt(root, path), ['type']);
}

/** The slot of the node at `path`, judged by the array it sits in and that array's owner. */
export function slotAt(root: unknown, path: Path): Slot {
  if (path.length < 2) return 'root';
  const arrayKey = path[path.length - 2];
  if (arrayKey === 'marks') return 'mark';
  const parentType = typeAt(root, path.slice(0, -2));
  if (parentType === 'doc' || path.length === 2) return 'block';
  if (parentType === 'bulletList' || parentType === 'orderedList') return 'listItem';
  if (parentType === 'listItem') return 'listChild';
  if (parentType === 'blockquote') return 'quoteChild';
  return 'inline';
}

/**
 * A human location such as «в абзаце 3» or «в пункте 2 списка 1». Blocks are numbered among
 * blocks of the same kind (the third paragraph), the way an editor would count them; a block
 * whose type is unknown is numbered among all blocks.
 */
export function describeLocation(root: unknown, path: Path): string {
  if (path[0] !== 'content' || typeof path[1] !== 'number') return '';
  const blocks = valueAt(root, ['content']);
  if (!Array.isArray(blocks)) return '';
  const index = path[1];
  const kind = kindOf(typeAt(blocks, [index]));
  const name = blockNames[kind];
  if (!name) return `в блоке ${index + 1}`;
  const ordinal = blocks.slice(0, index + 1).filter((block) => kindOf(typeAt(block, [])) === kind);
  const number = ordinal.length;
  const item = path[2] === 'content' && typeof path[3] === 'number' ? path[3] : undefined;
  if (kind === 'bulletList' && item !== undefined) return `в пункте ${item + 1} списка ${number}`;
  return `в ${name} ${number}`;
}
