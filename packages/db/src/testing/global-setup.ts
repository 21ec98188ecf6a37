import type { TestProject } from 'vitest/node';
import { createTemplateDatabase, startTestEmbeddedServer } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

/**
 * Makes the run's migrated template database on `serverUrl` and hands both to the test files
 * (test-database.ts clones the template for each file); the returned function drops it.
 */
export async function provideTemplate(
  project: TestProject,
  serverUrl: string,
): Promise<() => Promise<void>> {
  const template = await createTemplateDatabase(serverUrl);
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template.name);
  return () => template.drop();
}

/**
 * vitest `globalSetup` of integration tests against a real PostgreSQL: the server in
 * TEST_DATABASE_URL when set (CI), else a throw-away embedded one started for the run.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const server = external ? undefined : await startTestEmbeddedServer();
  const dropTemplate = await provideTemplate(project, external ?? server!.url);
  return async () => {
    await dropTemplate();
    await server?.stop();
  };
}
