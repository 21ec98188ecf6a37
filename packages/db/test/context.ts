export { testDatabase } from '../src/testing/test-database.ts';

/** Drizzle wraps driver errors; the violated constraint is on the cause. */
export async function violatedConstraint(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { constraint_name?: string } }).cause;
    return cause?.constraint_name ?? 'unknown';
  }
}
