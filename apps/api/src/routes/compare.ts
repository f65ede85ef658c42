import { compareMeetings, MeetingDiffSchema, toMarkdown } from '@som/compare';
import { z } from '@som/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  type CachedRendering,
  type CompareCache,
  computeCompareKey,
  encodeRendering,
} from '../cache/compare-cache.js';
import { acceptedCodings } from '../http/accept-encoding.js';
import { setMarkingHeader } from '../http/marking.js';
import { recordAudit } from '../plugins/auth.js';
import { HttpProblem } from '../plugins/errors.js';
import { IdSchema, ProblemSchema, TopicIdSchema } from '../schemas/api-schemas.js';
import type { DocumentStore } from '../store/document-store.js';

const CompareQuerySchema = z.object({
  base: IdSchema,
  target: IdSchema,
  topic: TopicIdSchema.optional(),
  actor: IdSchema.optional(),
  format: z.enum(['json', 'md']).default('json'),
});

/**
 * `GET /api/compare?base&target[&topic][&actor][&format=md]`: a `MeetingDiff` (or its Markdown report).
 * Rendered once per pair of content hashes + options and kept in `cache`; the key is the ETag, so a
 * client that has it gets 304.
 */
export function buildCompareRoutes(cache: CompareCache): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/compare',
      {
        config: { access: 'reader' },
        schema: {
          tags: ['compare'],
          querystring: CompareQuerySchema,
          response: {
            200: {
              description: 'The comparison, as JSON (MeetingDiff) or Markdown (format=md)',
              content: {
                'application/json': { schema: MeetingDiffSchema },
                'text/markdown': { schema: z.string() },
              },
            },
            304: z.undefined(),
            400: ProblemSchema,
            404: ProblemSchema,
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        recordAudit(request, 'compare', `${q.base}..${q.target}`);
        const [base, target] = await Promise.all([
          app.store.getVersion(q.base),
          app.store.getVersion(q.target),
        ]);
        if (!base) throw new HttpProblem(404, `no document ${q.base}`);
        if (!target) throw new HttpProblem(404, `no document ${q.target}`);
        const options = { topic: q.topic ?? null, actor: q.actor ?? null, format: q.format };
        const key = computeCompareKey(base, target, options);
        const etag = `"${key}"`;
        reply.header('ETag', etag).header('Cache-Control', 'private, no-cache');
        setMarkingHeader(reply, [base.classification, target.classification]);
        if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
        let rendering = cache.get(key);
        if (!rendering) {
          rendering = await renderComparison(app.store, q.base, q.target, options);
          cache.set(key, rendering);
        }
        reply.header('Vary', 'Accept-Encoding').type(rendering.contentType);
        // Comparisons are large (100-300 KB of JSON) and cached: sending stored compressed bytes is most of
        // the speed. Bytes rendered once (JSON of a MeetingDiff validated by its producer): Fastify sends a
        // Buffer as is, without the response schema's serializer.
        const { body, coding } = encodeRendering(
          rendering,
          acceptedCodings(request.headers['accept-encoding']),
        );
        if (coding) reply.header('Content-Encoding', coding);
        return reply.send(body as unknown as string);
      },
    );
  };
}

async function renderComparison(
  store: DocumentStore,
  baseId: string,
  targetId: string,
  options: { topic: string | null; actor: string | null; format: string },
): Promise<CachedRendering> {
  const [base, target] = await Promise.all([store.getDocument(baseId), store.getDocument(targetId)]);
  if (!base || !target) throw new HttpProblem(404, `no document ${base ? targetId : baseId}`);
  const diff = compareMeetings(base, target, { topic: options.topic, actor: options.actor });
  if (options.format === 'md')
    return {
      body: Buffer.from(toMarkdown(diff)),
      gzip: null,
      brotli: null,
      contentType: 'text/markdown; charset=utf-8',
    };
  return {
    body: Buffer.from(JSON.stringify(diff)),
    gzip: null,
    brotli: null,
    contentType: 'application/json; charset=utf-8',
  };
}

/** True when an If-None-Match header lists `etag` (or `*`); weak validators compare equal. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
