// The renderer is typed for parsed documents but must not crash or emit unsafe markup when
// handed something else, so it looks before it touches.

export const isRecord = (value: unknown): value is Record<string, unknown> & object =>
  typeof value === 'object' && value !== null;

export function asArray<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

export const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0;
