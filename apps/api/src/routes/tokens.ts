import { z } from '@som/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordAudit } from '../plugins/auth.js';
import { HttpProblem } from '../plugins/errors.js';
import { IdSchema, ProblemSchema, RoleSchema, TokenInfoSchema } from '../schemas/api-schemas.js';

const CreateTokenBodySchema = z.object({
  role: RoleSchema,
  label: z.string().max(200).nullable().optional(),
});

const CreatedTokenSchema = z
  .object({ token: z.string(), id: z.string(), role: RoleSchema, label: z.string().nullable() })
  .meta({ id: 'CreatedToken', description: 'The token secret is shown only in this response.' });

const TokenListSchema = z
  .object({ items: z.array(TokenInfoSchema.extend({ revoked: z.boolean() })) })
  .meta({ id: 'TokenList' });

/** Admin: create (secret shown once), list and revoke API tokens. */
export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/tokens',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        body: CreateTokenBodySchema,
        response: { 201: CreatedTokenSchema, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const { token, info } = await app.store.createToken({
        role: request.body.role,
        label: request.body.label ?? null,
      });
      recordAudit(request, 'token-create', info.id);
      reply.header('Cache-Control', 'no-store');
      return reply.code(201).send({ token, id: info.id, role: info.role, label: info.label });
    },
  );

  app.get(
    '/api/tokens',
    { config: { access: 'admin' }, schema: { tags: ['admin'], response: { 200: TokenListSchema } } },
    async () => ({ items: await app.store.listTokens() }),
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['admin'],
        params: z.object({ id: IdSchema }),
        response: { 204: z.undefined(), 400: ProblemSchema, 404: ProblemSchema },
      },
    },
    async (request, reply) => {
      recordAudit(request, 'token-revoke', request.params.id);
      if (!(await app.store.revokeToken(request.params.id)))
        throw new HttpProblem(404, `no active token ${request.params.id}`);
      return reply.code(204).send();
    },
  );
};
