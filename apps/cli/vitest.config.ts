import { defineConfig } from 'vitest/config';

/** CLI tests: unit tests of the renderers, and end-to-end runs of the `som` command as a child process. */
export default defineConfig({
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
