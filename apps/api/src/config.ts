import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from '@som/domain';

/** The repository root (apps/api/src → ../../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const BooleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Where the database and originals live: `SOM_DATA_DIR`, else `<repo>/data`. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOM_DATA_DIR ? resolve(env.SOM_DATA_DIR) : resolve(REPO_ROOT, 'data');
}

/** Server settings read from the environment; every field has a validated default. */
export const ServerConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  SOM_DATA_DIR: z.string().min(1).default(resolve(REPO_ROOT, 'data')),
  /** Origin allowed to call the API from a browser (`https://intranet.example`); CORS is off when unset. */
  SOM_CORS_ORIGIN: z.string().url().optional(),
  /** `off`: no login (loopback only); `token`: `Authorization: Bearer <token>` on every /api request. */
  SOM_AUTH: z.enum(['off', 'token']).default('off'),
  /** Ingest `fixtures/*.txt|pdf` on the first start, so there is something to compare. */
  SOM_LOAD_FIXTURES: BooleanFromEnv.default(true),
  /** Requests per minute per client (token or address); 0 turns the limit off. */
  SOM_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Built web app to serve at `/`; a small page explains how to build it when missing. */
  SOM_WEB_DIST: z
    .string()
    .min(1)
    .default(resolve(REPO_ROOT, 'apps', 'web', 'dist')),
  SOM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServerConfig = z.infer<typeof ServerConfigSchema>;

/** Thrown for an invalid environment or an unsafe combination; `message` is one line for the operator. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration. Refuses to listen beyond loopback with `SOM_AUTH=off`:
 * these records are restricted, so a non-local server must ask who is calling.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ServerConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${issues}`);
  }
  const config = parsed.data;
  if (!isLoopbackHost(config.HOST) && config.SOM_AUTH === 'off')
    throw new ConfigError(
      `refusing to listen on ${config.HOST} without authentication: set SOM_AUTH=token (and create a token with \`pnpm som token create --role admin\`) or HOST=127.0.0.1`,
    );
  return config;
}

/** True for addresses only this machine can reach: 127.0.0.0/8, ::1, localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}
