import fs from 'node:fs';
import { createDatabase } from '../client.ts';
import { credentialsFile } from '../embedded/paths.ts';
import { describeConnectionError, UserFacingError } from '../errors.ts';
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
    const created = await seedDemoArchive(handle.db);
    const file = credentialsFile();
    if (created) {
      fs.writeFileSync(file, `${JSON.stringify(created, null, 2)}\n`, { mode: 0o600 });
      return created;
    }
    // Already seeded earlier: show the logins made then (they stay valid until changed).
    return fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoLogin[])
      : undefined;
  } finally {
    await handle.close();
  }
}
