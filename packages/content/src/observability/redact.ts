/**
 * The request address as it may appear in a log line. Logs are read by more people, kept longer
 * and copied further than the database, so an address is reduced to what debugging needs:
 * - the query string is never copied whole: a parameter's name is kept, its value only when the
 *   parameter is a known harmless one (paging, filters) and the value is short and plain; search
 *   terms, auth callbacks' `code`/`state`/`token`/`csrfToken`, a preview link's token given as a
 *   parameter, and anything unknown lose their values;
 * - a preview link carries its signed token in the path (`/preview/<token>`): the segment after
 *   such a prefix is replaced, and so is any segment shaped like a signed token
 *   (`<base64url>.<base64url>`) wherever it appears;
 * - the result is cut to a bounded length (a client chooses how long its address is).
 */

const REDACTED = '[redacted]';
const MAX_LENGTH = 512;

/** Path prefixes whose next segment is a credential. */
const SECRET_SEGMENT_AFTER = ['/preview/'];

/** Parameters whose values are safe to log: paging, listing filters, archive pickers. */
const HARMLESS_PARAMETERS = new Set([
  'before',
  'page',
  'period',
  'year',
  'month',
  'day',
  'p',
  'status',
  'rubric',
  'author',
  'sort',
]);

const PLAIN_NAME = /^[\w.[\]-]{1,24}$/;
const PLAIN_VALUE = /^[\w.:-]{0,40}$/;
/** A signed token such as @vestnik/content/preview-token writes: payload.signature. */
const SIGNED_TOKEN = /^[\w-]{16,}\.[\w-]{16,}$/;

function redactPath(path: string): string {
  let redacted = path;
  for (const prefix of SECRET_SEGMENT_AFTER) {
    if (redacted.startsWith(prefix) && redacted.length > prefix.length) {
      const rest = redacted.slice(prefix.length);
      const slash = rest.indexOf('/');
      redacted = prefix + REDACTED + (slash === -1 ? '' : rest.slice(slash));
    }
  }
  return redacted
    .split('/')
    .map((segment) => (SIGNED_TOKEN.test(segment) ? REDACTED : segment))
    .join('/');
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      const value = equals === -1 ? undefined : pair.slice(equals + 1);
      // A name is the client's choice too: `?<token>` must not slip through as a name.
      if (!PLAIN_NAME.test(name)) return REDACTED;
      if (value === undefined) return name;
      const keep = HARMLESS_PARAMETERS.has(name) && PLAIN_VALUE.test(value);
      return `${name}=${keep ? value : REDACTED}`;
    })
    .join('&');
}

/** `url` (a request target such as `/news/x?page=2`) with its secrets removed, for a log line. */
export function loggablePath(url: string | undefined): string {
  const target = url ?? '/';
  const question = target.indexOf('?');
  const path = redactPath(question === -1 ? target : target.slice(0, question));
  const query = question === -1 ? '' : redactQuery(target.slice(question + 1));
  const result = query ? `${path}?${query}` : path;
  return result.length > MAX_LENGTH ? `${result.slice(0, MAX_LENGTH)}…` : result;
}
