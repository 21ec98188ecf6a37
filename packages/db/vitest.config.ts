import { defineConfig } from 'vitest/config';

// Integration tests run once per PostgreSQL engine: the server in TEST_DATABASE_URL (CI: the
// machine's PostgreSQL 15) and always an embedded PostgreSQL 18 started for the run.
const external = process.env.TEST_DATABASE_URL;

const engine = (name: string, setup: string) => ({
  extends: true as const,
  test: { name, include: ['test/*.test.ts'], globalSetup: [setup] },
});

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'test/launcher/**/*.test.ts'] },
      },
      engine('pg-embedded', './test/setup-embedded.ts'),
      ...(external ? [engine('pg-external', './test/setup-external.ts')] : []),
    ],
  },
});
