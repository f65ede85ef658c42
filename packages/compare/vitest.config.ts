import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'compare',
    include: ['src/**/*.test.ts'],
  },
});
