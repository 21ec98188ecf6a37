/** Drizzle wraps driver errors; the violated unique constraint's name is on the cause. */
export function uniqueViolation(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; constraint_name?: string } }).cause;
  return cause?.code === '23505' ? (cause.constraint_name ?? 'unknown') : undefined;
}

/** A reference to a row that does not exist (e.g. a photo source deleted meanwhile). */
export function foreignKeyViolation(error: unknown): boolean {
  return (error as { cause?: { code?: string } }).cause?.code === '23503';
}
