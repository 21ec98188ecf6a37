import type { TestProject } from 'vitest/node';
import { startTestEmbeddedServer } from '../src/testing/database.ts';
import { provideTemplate } from '../src/testing/global-setup.ts';

/** An embedded PostgreSQL for the run, whether or not TEST_DATABASE_URL names another server. */
export default async function setup(project: TestProject) {
  const server = await startTestEmbeddedServer();
  const dropTemplate = await provideTemplate(project, server.url);
  return async () => {
    await dropTemplate();
    await server.stop();
  };
}
