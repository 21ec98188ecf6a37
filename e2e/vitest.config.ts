import { defineConfig } from 'vitest/config';

// The runner's own tests (scripts/*.test.ts); tests/ is Playwright's.
export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts'],
    hookTimeout: 180_000,
  },
});
