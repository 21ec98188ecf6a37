import { type Edition, inEdition } from './edition';

const LISTINGS = new Set(['rubric', 'tag', 'author', 'source']);
const POPULAR_PERIODS = new Set(['day', 'week', 'month']);

/**
 * Where the language switch of a page leads, from the route segments below `[edition]`: the same
 * page in the other edition where one exists (home, a rubric, tag, author or source, an archive
 * date, «Популярное», search), the article's translation through `/news/<slug>/translation`
 * (which knows whether there is one), else the other edition's home. A listing's older pages and
 * search queries are not carried over: their contents differ per language.
 */
export function switchTarget(segments: readonly string[], from: Edition, to: Edition): string {
  const parts = segments.flatMap((s) => s.split('/')).filter((s) => s && !s.startsWith('__'));
  const [first, second, ...rest] = parts;
  if (first === undefined) return inEdition(to, '/');
  if (first === 'news' && second && rest.length === 0) {
    return inEdition(from, `/news/${second}/translation`);
  }
  if (LISTINGS.has(first) && second) return inEdition(to, `/${first}/${second}`);
  if (first === 'archive') {
    const date = [second, ...rest].filter((s): s is string => s !== undefined);
    const isDate = date.length <= 3 && date.every((s) => /^\d{2,4}$/.test(s));
    return inEdition(to, isDate && date.length > 0 ? `/archive/${date.join('/')}` : '/archive');
  }
  if (first === 'popular') {
    return inEdition(
      to,
      second && POPULAR_PERIODS.has(second) ? `/popular?period=${second}` : '/popular',
    );
  }
  if (first === 'search') return inEdition(to, '/search');
  return inEdition(to, '/');
}
