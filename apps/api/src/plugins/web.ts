import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './errors.js';

/** Shown at `/` when the web app has not been built. Static text: nothing from a request is echoed. */
const FALLBACK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>SOM Compare</title></head>
<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>SOM Compare</h1>
<p>The API is running, but the web app has not been built yet.
Build it with <code>pnpm --filter @som/web build</code> (or run <code>pnpm start</code>) and reload.</p>
<p>Meanwhile: <a href="/api/docs">API documentation</a>, <a href="/api/documents">stored documents (JSON)</a>.</p>
</body></html>
`;

/**
 * Serves the built web app from `webDist` at `/` with an SPA fallback (any other GET outside /api gets
 * index.html), or a small page saying how to build it. Unknown /api paths get a 404 problem.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, options: { webDist: string | null }) => {
    const dist = options.webDist && existsSync(join(options.webDist, 'index.html')) ? options.webDist : null;
    if (dist)
      await app.register(fastifyStatic, {
        root: dist,
        prefix: '/',
        index: ['index.html'],
        setHeaders: (reply, path) => reply.header('Cache-Control', cacheControlFor(dist, path)),
      });
    else app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(FALLBACK_PAGE));

    app.setNotFoundHandler((request, reply) => {
      const path = request.url.split('?')[0] ?? '/';
      const isPage = request.method === 'GET' || request.method === 'HEAD';
      if (path === '/api' || path.startsWith('/api/') || !isPage)
        return sendProblem(reply, 404, `no route ${request.method} ${path}`);
      if (dist) return reply.sendFile('index.html', dist);
      return reply.type('text/html; charset=utf-8').send(FALLBACK_PAGE);
    });
  },
  { name: 'som-web' },
);

/**
 * Vite's `assets/` files carry a content hash in their names, so they never change: cached for a year,
 * immutable. Everything else (index.html, the SPA fallback, unhashed public files) is revalidated.
 */
export function cacheControlFor(dist: string, path: string): string {
  const rel = relative(dist, path);
  return rel.startsWith(`assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
}
