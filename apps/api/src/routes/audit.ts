import { z } from '@som/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEntrySchema, ProblemSchema } from '../schemas/api-schemas.js';

const AuditPageSchema = z
  .object({ items: z.array(AuditEntrySchema), total: z.number().int() })
  .meta({ id: 'AuditPage' });

/** Admin: the audit log (who read, ingested and deleted what), newest first. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: AuditPageSchema, 400: ProblemSchema },
      },
    },
    async (request) => app.store.listAudit(request.query),
  );
};
