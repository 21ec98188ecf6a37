/** Drizzle wraps driver errors; the violated unique constraint's name is on the cause. */
export function uniqueViolation(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; constraint_name?: string } }).cause;
  return cause?.code === '23505' ? (cause.constraint_name ?? 'unknown') : undefined;
}

/** A reference to a row that does not exist (e.g. a photo source deleted meanwhile). */
export function foreignKeyViolation(error: unknown): boolean {
  return (error as { cause?: { code?: string } }).cause?.code === '23503';
}

/**
 * The database did not answer or went away mid-request: the driver's connection errors, the
 * server's own time-out and shutdown codes (57014 statement_timeout, 57P01-03 shutdown and
 * start-up, class 08 connection exceptions). Drizzle wraps the driver's error in `cause`.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57014',
  '57P01',
  '57P02',
  '57P03',
]);

export function databaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) {
      return true;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
