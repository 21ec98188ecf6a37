import { defineConfig } from 'vitest/config';

// Each test file starts its own varnishd (compiling the VCL takes a few seconds on a busy machine)
// in front of its own fake site, so files run in parallel without sharing cache state.
export default defineConfig({
  test: {
    include: ['varnish/**/*.test.ts'],
    testTimeout: 40_000,
    hookTimeout: 120_000,
  },
});
