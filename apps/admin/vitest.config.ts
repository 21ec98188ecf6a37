import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Integration tests against a real PostgreSQL: TEST_DATABASE_URL's server when set (CI), else a
// throw-away embedded PostgreSQL started for the run. Only the session lookup is replaced.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/setup-database.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // next-auth imports `next/server` without an extension, which Node's ESM loader refuses:
    // let Vite resolve it, so tests can run Auth.js's real endpoints.
    server: { deps: { inline: ['next-auth'] } },
  },
});
