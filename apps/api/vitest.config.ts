import { defineConfig } from 'vitest/config';

/** API tests: store and helpers beside the code, routes and the real server under test/. */
export default defineConfig({
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
