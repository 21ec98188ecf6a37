/**
 * Text PostgreSQL cannot store: a NUL character (refused in `text` and `jsonb`) and a lone UTF-16
 * surrogate (refused in `jsonb`, where titles reach the audit log). Checked once, at the edge, so
 * such input is a Russian sentence for the user instead of a database error.
 */
export const INVALID_TEXT =
  'Текст содержит недопустимые символы (например, нулевой символ). Уберите их и повторите.';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (value: string) =>
  !value.includes('\0') && !LONE_SURROGATE.test(value);

/**
 * The path of the first string in `value` (any depth of objects and arrays) that cannot be
 * stored, e.g. "title" or "sources.0.name"; undefined when everything is storable.
 */
export function findUnstorableText(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path.join('.') || '_';
  if (typeof value !== 'object' || value === null || path.length > 32) return undefined;
  const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === 'string' && !isStorableText(key)) return [...path, '_'].join('.');
    const found = findUnstorableText(item, [...path, String(key)]);
    if (found) return found;
  }
  return undefined;
}
