import { isStorableText } from './text-input';

/**
 * Readers of address parameters for admin pages and route handlers. The address is typed by
 * anyone: a parameter may be missing, repeated (`?q=a&q=b` arrives as an array), a number out of
 * the database's range, a NUL, or a name of an Object.prototype member (`?status=toString`).
 * Each reader returns the value, `undefined` when the parameter is absent or empty, or `null`
 * when it is present but unusable, so the page can say which filter it ignored.
 */
export type RawParam = string | string[] | null | undefined;

/** The largest id PostgreSQL's `integer` holds: larger numbers are refused, not sent. */
export const MAX_ID = 2_147_483_647;

function single(raw: RawParam): string | undefined | null {
  if (Array.isArray(raw)) return raw.length === 1 ? single(raw[0]) : null;
  if (raw === null || raw === undefined || raw === '') return undefined;
  return isStorableText(raw) ? raw : null;
}

export function textParam(raw: RawParam, max: number): string | undefined | null {
  const value = single(raw);
  if (typeof value !== 'string') return value;
  return value.trim().slice(0, max) || undefined;
}

/** A row id: digits only, 1 … 2 147 483 647. */
export function idParam(raw: RawParam): number | undefined | null {
  const value = single(raw);
  if (typeof value !== 'string') return value;
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= MAX_ID ? id : null;
}

/** A page number, 1 … max. */
export function pageParam(raw: RawParam, max: number): number | undefined | null {
  const page = idParam(raw);
  return typeof page === 'number' && page > max ? null : page;
}

/** One of the allowed values; own keys only, so `toString` or `__proto__` never match. */
export function choiceParam<T extends string>(
  raw: RawParam,
  allowed: readonly T[],
): T | undefined | null {
  const value = single(raw);
  if (typeof value !== 'string') return value;
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** A calendar day `yyyy-mm-dd` that exists (no 2024-02-30), years 1900 … 2999. */
export function dayParam(raw: RawParam): string | undefined | null {
  const value = single(raw);
  if (typeof value !== 'string') return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 2999 ? value : null;
}

type Readers = Record<string, (raw: RawParam) => unknown>;
type Values<R extends Readers> = {
  [K in keyof R]: Exclude<ReturnType<R[K]>, null> | undefined;
};

/**
 * Reads a page's search params with one reader per parameter. Unusable values are dropped (the
 * page shows everything that filter would have narrowed) and named in `invalid`, for the page to
 * say so in words; parameters the page does not know are ignored.
 */
export function readSearch<R extends Readers>(
  search: Record<string, RawParam>,
  readers: R,
): { values: Values<R>; invalid: (keyof R)[] } {
  const values = {} as Record<keyof R, unknown>;
  const invalid: (keyof R)[] = [];
  for (const key of Object.keys(readers) as (keyof R)[]) {
    const raw = Object.hasOwn(search, key) ? search[key as string] : undefined;
    const value = readers[key]!(raw);
    if (value === null) invalid.push(key);
    values[key] = value === null ? undefined : value;
  }
  return { values: values as Values<R>, invalid };
}
