import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hashToken } from '../auth/tokens.js';
import type { Role } from '../schemas/api-schemas.js';
import type { DocumentStore } from '../store/document-store.js';
import { sendProblem } from './errors.js';

/** Who a route is open to: `public` (no login), or the least role that may call it. */
export type Access = 'public' | Role;

/** The caller of a request: a token (its id and role) or, with auth off on loopback, the local admin. */
export interface Principal {
  id: string;
  role: Role;
}

/** An audit line a route asks for; written after the response, with its status. */
export interface AuditRequest {
  action: 'read' | 'search' | 'ingest' | 'delete' | 'compare' | 'timeline' | 'token-create' | 'token-revoke';
  target: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; routes under /api without it are admin-only. */
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
    audit: AuditRequest | null;
  }
}

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

/** True when `role` includes everything `needed` may do (reader < editor < admin). */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

export interface AuthOptions {
  mode: 'off' | 'token';
  store: DocumentStore;
}

/** Marks the request for the audit log (who read, ingested or deleted what). */
export function recordAudit(
  request: FastifyRequest,
  action: AuditRequest['action'],
  target: string | null,
): void {
  request.audit = { action, target };
}

/**
 * Authentication and authorisation. `off` (loopback only, enforced by `buildApp`): every request acts
 * as the local admin. `token`: `Authorization: Bearer <token>` is looked up by its sha256; a missing or
 * unknown token gets 401, a role too low for the route 403, before the body is read.
 * Also writes the audit lines routes asked for, once the response is sent.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: AuthOptions) => {
    app.decorateRequest('principal', null);
    app.decorateRequest('audit', null);
    const local: Principal = { id: 'local', role: 'admin' };

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const access = request.routeOptions.config?.access ?? defaultAccess(request.url);
      if (options.mode === 'off') {
        request.principal = local;
        return;
      }
      request.principal = await authenticate(options.store, request.headers.authorization);
      if (access === 'public') return;
      if (!request.principal) {
        reply.header('WWW-Authenticate', 'Bearer realm="som"');
        return sendProblem(reply, 401, 'authentication required: send Authorization: Bearer <token>');
      }
      if (!hasRole(request.principal.role, access))
        return sendProblem(
          reply,
          403,
          `this needs the ${access} role; your token has ${request.principal.role}`,
        );
    });

    app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!request.audit) return;
      try {
        await options.store.appendAudit({
          actor: request.principal?.id ?? 'anonymous',
          action: request.audit.action,
          target: request.audit.target,
          status: reply.statusCode,
        });
      } catch (error) {
        request.log.error({ err: error }, 'could not write the audit log');
      }
    });
  },
  { name: 'som-auth' },
);

/** Swagger UI and everything outside /api (the web app's files) are public; other /api routes admin-only. */
function defaultAccess(url: string): Access {
  if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return 'public';
  return 'admin';
}

async function authenticate(store: DocumentStore, header: string | undefined): Promise<Principal | null> {
  const match = header?.match(/^Bearer\s+(\S{1,512})\s*$/i);
  if (!match) return null;
  const record = await store.findToken(hashToken(match[1]!));
  return record ? { id: record.id, role: record.role } : null;
}
