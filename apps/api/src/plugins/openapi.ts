import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * OpenAPI 3.1 generated from the routes' zod schemas. Schemas carrying a `meta({ id })` (the domain's
 * `OutcomeDocument`, compare's `MeetingDiff`, ...) become `components.schemas` referenced by `$ref`,
 * so the document shows the contract once, not a copy per route. JSON at /api/openapi.json, UI at /api/docs.
 */
export const openapiPlugin = fp(
  async (app: FastifyInstance, options: { version: string }) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'SOM Compare API',
          description:
            'Outcome records of EU-US JHA meetings, parsed, compared topic by topic and followed over time. Responses carrying document content carry its marking (`classification`, header `X-Som-Marking`).',
          version: options.version,
        },
        components: {
          securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        },
        security: [{ bearer: [] }],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      // As for the app: on a plain-HTTP intranet address, upgrading requests would break the page.
      transformStaticCSP: (header: string) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
    });
    app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
      app.swagger(),
    );
  },
  { name: 'som-openapi' },
);
