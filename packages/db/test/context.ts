import { afterAll, beforeAll, inject } from 'vitest';
import { type CloneOptions, cloneTestDatabase } from '../src/testing/database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

type TestDb = Awaited<ReturnType<typeof cloneTestDatabase>>;

/** A fresh migrated database for this test file, dropped afterwards. */
export function useTestDatabase(options: CloneOptions = {}): { current: TestDb } {
  const holder = {} as { current: TestDb };
  beforeAll(async () => {
    holder.current = await cloneTestDatabase(
      inject('serverUrl'),
      inject('templateDatabase'),
      options,
    );
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

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
