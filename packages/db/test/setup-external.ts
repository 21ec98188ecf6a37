import type { TestProject } from 'vitest/node';
import { createTemplateDatabase } from '../src/testing/database.ts';

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL!;
  const template = await createTemplateDatabase(serverUrl);
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template.name);
  return () => template.drop();
}
