import { createDatabase } from '../client.ts';
import { UserFacingError, describeConnectionError } from '../errors.ts';
import { migrateDatabase } from '../migrate.ts';
import { type DemoLogin, seedDemoArchive } from '../seed/demo.ts';

/** Connects (explaining failures in one sentence), migrates, and seeds the demo archive if asked. */
export async function connectOrExplain(
  url: string,
  options: { seedDemo: boolean },
): Promise<DemoLogin[] | undefined> {
  let handle: ReturnType<typeof createDatabase>;
  try {
    handle = createDatabase(url, { max: 2, applicationName: 'vestnik-setup' });
    await handle.sql`select 1`;
  } catch (error) {
    throw new UserFacingError(describeConnectionError(error, url));
  }
  try {
    await migrateDatabase(url);
    if (!options.seedDemo) return undefined;
    return await seedDemoArchive(handle.db);
  } finally {
    await handle.close();
  }
}
