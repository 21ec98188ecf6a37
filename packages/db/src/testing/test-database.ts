import { afterAll, beforeAll, inject } from 'vitest';
import { type CloneOptions, cloneTestDatabase } from './database.ts';
import './global-setup.ts';

export type TestDatabase = Awaited<ReturnType<typeof cloneTestDatabase>>;

/**
 * A fresh migrated database for this test file (cloned from the run's template, see
 * global-setup.ts), dropped afterwards.
 */
export function testDatabase(options: CloneOptions = {}): { current: TestDatabase } {
  const holder = {} as { current: TestDatabase };
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
