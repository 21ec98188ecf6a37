import { createTemplateDatabase, startTestEmbeddedServer } from '@vestnik/db/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

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
