import type { TestProject } from 'vitest/node';
import { createTemplateDatabase, startTestEmbeddedServer } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

/**
 * vitest `globalSetup` of an app's integration tests against a real PostgreSQL: the server in
 * TEST_DATABASE_URL when set (CI), else a throw-away embedded one started for the run; and a
 * migrated template database that each test file clones (test-database.ts).
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const server = external ? undefined : await startTestEmbeddedServer();
  const serverUrl = external ?? server!.url;
  const template = await createTemplateDatabase(serverUrl);
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template.name);
  return async () => {
    await template.drop();
    await server?.stop();
  };
}
