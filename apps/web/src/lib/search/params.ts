import { normalizeSearchQuery, SEARCH_QUERY_MAX_LENGTH } from '@vestnik/db/queries/search';
import { type Edition, inEdition } from '@/lib/edition';

export const SEARCH_PAGE_SIZE = 20;
/** Ranked results cannot be keyset-paged; nobody reads past page 50, so deeper pages are refused. */
export const SEARCH_MAX_PAGES = 50;

/** What the search page was asked, validated: anything malformed is dropped, never an error. */
export type SearchInput = {
  q: string;
  /** The reader typed more than the search reads; the page says the query was shortened. */
  truncated: boolean;
  rubric?: string;
  /** Days of the site time zone, "YYYY-MM-DD", from ≤ to. */
  from?: string;
  to?: string;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? '';

function parseDay(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1990 || year > 2100 || date.getUTCMonth() !== month - 1) return undefined;
  return value;
}

function parsePage(value: string): number {
  const page = /^\d{1,4}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(page, 1), SEARCH_MAX_PAGES);
}

export function parseSearchParams(raw: RawParams): SearchInput {
  const rubric = first(raw.rubric);
  let from = parseDay(first(raw.from));
  let to = parseDay(first(raw.to));
  // Swapped bounds are a slip, not a wish for an empty range.
  if (from && to && from > to) [from, to] = [to, from];
  const typed = first(raw.q);
  return {
    q: normalizeSearchQuery(typed),
    truncated: typed.replace(/\s+/g, ' ').trim().length > SEARCH_QUERY_MAX_LENGTH,
    rubric: /^[a-z0-9-]{1,100}$/.test(rubric) ? rubric : undefined,
    from,
    to,
    page: parsePage(first(raw.page)),
  };
}

/** The address of a search page; empty values are left out so links stay short and cacheable. */
export function searchHref(edition: Edition, input: Partial<SearchInput>): string {
  const params = new URLSearchParams();
  if (input.q) params.set('q', input.q);
  if (input.rubric) params.set('rubric', input.rubric);
  if (input.from) params.set('from', input.from);
  if (input.to) params.set('to', input.to);
  if (input.page && input.page > 1) params.set('page', String(input.page));
  const query = params.toString();
  return inEdition(edition, query ? `/search?${query}` : '/search');
}
