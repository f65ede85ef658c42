import { defineConfig } from 'vitest/config';

/** Tests of the root scripts (eval scoring); run with `pnpm exec vitest run --project scripts`. */
export default defineConfig({
  test: { name: 'scripts', include: ['eval/**/*.test.ts', '*.test.ts'] },
});
