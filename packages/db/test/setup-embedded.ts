import type { TestProject } from 'vitest/node';
import { createTemplateDatabase, startTestEmbeddedServer } from '../src/testing/database.ts';

export default async function setup(project: TestProject) {
  const server = await startTestEmbeddedServer();
  const template = await createTemplateDatabase(server.url);
  project.provide('serverUrl', server.url);
  project.provide('templateDatabase', template.name);
  return async () => {
    await template.drop();
    await server.stop();
  };
}
