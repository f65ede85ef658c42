import { defineConfig } from 'vitest/config';

/** One vitest run over every workspace; each project keeps its own config (web uses jsdom). */
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'scripts'],
  },
});
