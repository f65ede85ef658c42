import { createHash } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export interface SecurityOptions {
  /** Browser origin allowed to call the API; null = CORS off (same-origin only). */
  corsOrigin: string | null;
  /** Requests per minute per client; 0 = no limit. */
  rateLimit: number;
}

/**
 * Security headers (helmet, with a CSP that allows only this origin), a per-client rate limit
 * (keyed by token when one is sent, else by address) and CORS only when an origin is configured.
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          // Served over plain HTTP on an intranet address, upgrading would break every asset.
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    });
    if (options.rateLimit > 0)
      await app.register(rateLimit, {
        max: options.rateLimit,
        timeWindow: 60_000,
        keyGenerator: (request: FastifyRequest) => {
          const auth = request.headers.authorization;
          return auth
            ? `t:${createHash('sha256').update(auth).digest('hex').slice(0, 32)}`
            : `ip:${request.ip}`;
        },
      });
    if (options.corsOrigin)
      await app.register(cors, {
        origin: options.corsOrigin,
        methods: ['GET', 'POST', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
        exposedHeaders: ['ETag', 'X-Som-Marking'],
      });
  },
  { name: 'som-security' },
);
