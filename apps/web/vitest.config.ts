import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts'],
    // A real PostgreSQL for the tests that read one (testDatabase).
    globalSetup: ['./vitest.database.ts'],
    hookTimeout: 120_000,
    // The Redis tests wait up to 10 s for instances to sync their tags; beside every other
    // package's tests and both builds (`pnpm test`), two of them passed vitest's 5 s default
    // (CI run of a7dfcc8: the package's imports alone took 73 s).
    testTimeout: 30_000,
    // The page cache tests ask for pages outside any request, so no response's end gives their
    // misses' render slots back (src/cache/render-slots.ts, tested on its own): enough for all.
    env: { RENDER_CONCURRENCY: '64' },
  },
});
