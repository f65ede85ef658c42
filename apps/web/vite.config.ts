import react from '@vitejs/plugin-react';
import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The prelude and what it imports (none of them imports React or anything heavy). */
const PRELUDE_MODULES = [
  '/src/prelude.ts',
  '/src/app/plan-early-requests.ts',
  '/src/lib/early-requests.ts',
  '/src/lib/api-client.ts',
  '/src/lib/query-keys.ts',
  '/src/features/compare/compare-state.ts',
  '/src/lib/stance.ts',
];

/**
 * Loads the prelude chunk by an async module script of its own: a module graph runs only once all of
 * it is fetched and compiled, so imported by the entry alone, the prelude would wait for React; and
 * `async` lets it run as soon as it is ready, without waiting for the parser or the stylesheet. (The
 * entry still imports it, which is what makes it a chunk; the browser evaluates one module once.)
 */
function preludeScriptTag(): Plugin {
  return {
    name: 'som-prelude-script-tag',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (item) => item.type === 'chunk' && item.name === 'prelude',
        );
        const entry = '<script type="module"';
        if (!chunk || !html.includes(entry))
          throw new Error('no prelude chunk or no entry script to precede');
        // Before the entry's tag, so the browser requests it first.
        return html.replace(
          entry,
          `<script type="module" async crossorigin src="/${chunk.fileName}"></script>\n    ${entry}`,
        );
      },
    },
  };
}

type OutputChunk = Extract<NonNullable<IndexHtmlTransformContext['bundle']>[string], { type: 'chunk' }>;

/**
 * Adds `<link rel="modulepreload">` for the named lazy chunks and their imports: the browser fetches
 * and compiles them beside React, so opening that page (directly, or from another page) does not
 * wait for its code after the router has started.
 */
function preloadLazyChunks(names: readonly string[]): Plugin {
  return {
    name: 'som-preload-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = new Map<string, OutputChunk>();
        for (const item of Object.values(context.bundle ?? {}))
          if (item.type === 'chunk') chunks.set(item.fileName, item);
        const files = new Set<string>();
        const add = (chunk: OutputChunk) => {
          if (files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) {
            const next = chunks.get(imported);
            if (next) add(next);
          }
        };
        for (const name of names) {
          const chunk = [...chunks.values()].find((c) => c.name === name && c.isDynamicEntry);
          if (!chunk) throw new Error(`no lazy chunk named ${name} to preload`);
          add(chunk);
        }
        const links = [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
      },
    },
  };
}

/** Vite for the app (dev proxy to the API on :3000) and Vitest for component tests (jsdom). */
export default defineConfig({
  plugins: [react(), preludeScriptTag(), preloadLazyChunks(['compare-page'])],
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // React and the router change rarely: one cacheable vendor chunk the first page needs anyway.
        manualChunks(id: string) {
          // The prelude starts the page's API requests before React is evaluated: a small chunk of its
          // own, loaded by its own script tag (see preludeScriptTag).
          if (PRELUDE_MODULES.some((m) => id.endsWith(m))) return 'prelude';
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'vendor';
          if (id.includes('node_modules/@tanstack/')) return 'query';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['src/test-support/setup.ts'],
  },
});
