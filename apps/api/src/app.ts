import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { CompareCache } from './cache/compare-cache.js';
import { ConfigError, isLoopbackHost } from './config.js';
import { MAX_UPLOAD_BYTES } from './ingest/parse-upload.js';
import { authPlugin } from './plugins/auth.js';
import { errorsPlugin, sendFrameworkProblem } from './plugins/errors.js';
import { openapiPlugin } from './plugins/openapi.js';
import { securityPlugin } from './plugins/security.js';
import { storePlugin } from './plugins/store.js';
import { webPlugin } from './plugins/web.js';
import { auditRoutes } from './routes/audit.js';
import { buildCompareRoutes } from './routes/compare.js';
import { documentRoutes } from './routes/documents.js';
import { healthRoutes } from './routes/health.js';
import { searchRoutes } from './routes/search.js';
import { tokenRoutes } from './routes/tokens.js';
import { topicRoutes } from './routes/topics.js';
import type { DocumentStore } from './store/document-store.js';
import { openSqliteStore, resolveDatabasePath } from './store/sqlite-store.js';
import { API_VERSION } from './version.js';

export interface AppOptions {
  /** A store to use (the caller closes it); otherwise `dataDir`'s SQLite file is opened and closed with the app. */
  store?: DocumentStore;
  dataDir?: string;
  /** `off` is only allowed when `host` is loopback. Default `off`. */
  auth?: 'off' | 'token';
  /** The address the server will listen on (default 127.0.0.1); decides whether `auth: 'off'` is allowed. */
  host?: string;
  corsOrigin?: string | null;
  /** Requests per minute per client; 0 = off. Default 600. */
  rateLimit?: number;
  /** Built web app to serve at `/`; null or missing → a small page saying how to build it. */
  webDist?: string | null;
  /** Fastify logger option (default off). */
  logger?: FastifyServerOptions['logger'];
  /** Rendered comparisons kept in memory (default 200). */
  compareCacheSize?: number;
}

/**
 * Builds the HTTP API (not listening): plugins for errors, security, store, auth, OpenAPI and the web
 * app, and a route file per resource. Throws `ConfigError` for `auth: 'off'` on a non-loopback host.
 *
 * @example
 * const app = await buildApp({ dataDir: '/tmp/som' });
 * const res = await app.inject({ method: 'GET', url: '/api/health' });
 */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const host = options.host ?? '127.0.0.1';
  const authMode = options.auth ?? 'off';
  if (authMode === 'off' && !isLoopbackHost(host))
    throw new ConfigError(
      `refusing to serve ${host} without authentication (auth: 'off' is for loopback only)`,
    );
  if (!options.store && !options.dataDir) throw new ConfigError('buildApp needs a store or a dataDir');
  const store = options.store ?? openSqliteStore(resolveDatabasePath(options.dataDir!));

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
    requestTimeout: 120_000,
    return503OnClosing: true,
    // Long enough that a 121-character id is refused by validation (400), not by the router (414).
    routerOptions: { maxParamLength: 256 },
    // The router's own refusals (bad escape 400, over-long segment 414) as problem+json, not Fastify's shape.
    frameworkErrors: sendFrameworkProblem,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Uploads are JSON or multipart only (see API.md): a text/plain body is refused with 415.
  app.removeContentTypeParser('text/plain');

  try {
    await app.register(errorsPlugin);
    await app.register(securityPlugin, {
      corsOrigin: options.corsOrigin ?? null,
      rateLimit: options.rateLimit ?? 600,
    });
    await app.register(storePlugin, { store, closeOnExit: !options.store });
    await app.register(authPlugin, { mode: authMode, store });
    await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 } });
    await app.register(openapiPlugin, { version: API_VERSION });
    await app.register(healthRoutes);
    await app.register(documentRoutes);
    await app.register(topicRoutes);
    await app.register(buildCompareRoutes(new CompareCache(options.compareCacheSize ?? 200)));
    await app.register(searchRoutes);
    await app.register(tokenRoutes);
    await app.register(auditRoutes);
    await app.register(webPlugin, { webDist: options.webDist ?? null });
    await app.ready();
  } catch (error) {
    if (!options.store) store.close();
    throw error;
  }
  return app;
}
