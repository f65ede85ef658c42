import { MeetingKindSchema, type OutcomeDocument, OutcomeDocumentSchema, z } from '@som/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setMarkingHeader } from '../http/marking.js';
import { MAX_UPLOAD_BYTES, type ParsedUpload, parseText, parseUpload } from '../ingest/parse-upload.js';
import { recordAudit } from '../plugins/auth.js';
import { HttpProblem } from '../plugins/errors.js';
import { DocumentPageSchema, DocumentSourceSchema, IdSchema, ProblemSchema } from '../schemas/api-schemas.js';

const ListQuerySchema = z.object({
  kind: MeetingKindSchema.optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  classification: z.string().max(64).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['date', '-date']).default('-date'),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const IngestQuerySchema = z.object({ dryRun: z.enum(['true', 'false', '1', '0']).optional() });

/** The JSON form of an upload; a multipart upload sends the file in field `file` instead. */
export const IngestBodySchema = z
  .object({ text: z.string().max(MAX_UPLOAD_BYTES), fileName: z.string().max(255).optional() })
  .meta({
    id: 'IngestBody',
    description: 'Or multipart/form-data with a .txt or .pdf file in field `file`.',
  });

export const IngestResponseSchema = z
  .object({ status: z.enum(['ingested', 'unchanged', 'preview']), document: OutcomeDocumentSchema })
  .meta({ id: 'IngestResponse' });

const IdParamsSchema = z.object({ id: IdSchema });
const problems = { 400: ProblemSchema, 404: ProblemSchema };

/** Documents: list, ingest (JSON or multipart, `?dryRun=true` to preview), read, source text, delete. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/documents',
    {
      config: { access: 'reader' },
      schema: {
        tags: ['documents'],
        querystring: ListQuerySchema,
        response: { 200: DocumentPageSchema, 400: ProblemSchema },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const { items, total } = await app.store.listDocuments(query);
      setMarkingHeader(
        reply,
        items.map((i) => i.classification),
      );
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  );

  app.post(
    '/api/documents',
    {
      config: { access: 'editor' },
      schema: {
        tags: ['documents'],
        querystring: IngestQuerySchema,
        body: IngestBodySchema.nullish(),
        response: {
          200: IngestResponseSchema,
          201: IngestResponseSchema,
          400: ProblemSchema,
          413: ProblemSchema,
          415: ProblemSchema,
          422: ProblemSchema,
        },
      },
    },
    async (request, reply) => {
      const dryRun = request.query.dryRun === 'true' || request.query.dryRun === '1';
      if (!dryRun) recordAudit(request, 'ingest', null);
      const { parsed, original, fileName } = await readUpload(request);
      if (!parsed.ok) throw new HttpProblem(parsed.status, parsed.detail);
      setMarkingHeader(reply, [parsed.document.meta.classification]);
      if (dryRun) return reply.code(200).send({ status: 'preview' as const, document: parsed.document });
      const result = await app.store.ingest({ document: parsed.document, original, fileName });
      recordAudit(request, 'ingest', result.document.id);
      return reply.code(result.status === 'ingested' ? 201 : 200).send(result);
    },
  );

  app.get(
    '/api/documents/:id',
    {
      config: { access: 'reader' },
      schema: {
        tags: ['documents'],
        params: IdParamsSchema,
        response: { 200: OutcomeDocumentSchema, ...problems },
      },
    },
    async (request, reply) => {
      recordAudit(request, 'read', request.params.id);
      const version = await app.store.getVersion(request.params.id);
      const json = version ? await app.store.getDocumentJson(version.id) : null;
      if (!version || json === null) throw new HttpProblem(404, `no document ${request.params.id}`);
      setMarkingHeader(reply, [version.classification]);
      // The stored parse is sent as stored: it was validated against OutcomeDocumentSchema at ingest.
      return reply.type('application/json; charset=utf-8').send(json as unknown as OutcomeDocument);
    },
  );

  app.get(
    '/api/documents/:id/source',
    {
      config: { access: 'reader' },
      schema: {
        tags: ['documents'],
        params: IdParamsSchema,
        response: { 200: DocumentSourceSchema, ...problems },
      },
    },
    async (request, reply) => {
      recordAudit(request, 'read', `${request.params.id}/source`);
      const doc = await app.store.getDocument(request.params.id);
      if (!doc) throw new HttpProblem(404, `no document ${request.params.id}`);
      setMarkingHeader(reply, [doc.meta.classification]);
      return {
        id: doc.id,
        sha256: doc.source.sha256,
        classification: doc.meta.classification,
        text: doc.source.text,
      };
    },
  );

  app.delete(
    '/api/documents/:id',
    {
      config: { access: 'editor' },
      schema: { tags: ['documents'], params: IdParamsSchema, response: { 204: z.undefined(), ...problems } },
    },
    async (request, reply) => {
      recordAudit(request, 'delete', request.params.id);
      if (!(await app.store.deleteDocument(request.params.id)))
        throw new HttpProblem(404, `no document ${request.params.id}`);
      return reply.code(204).send();
    },
  );
};

/** Reads the upload from a multipart `file` field or a JSON `{ text, fileName }` body, and parses it. */
async function readUpload(
  request: FastifyRequest,
): Promise<{ parsed: ParsedUpload; original: Uint8Array; fileName: string | null }> {
  if (request.isMultipart()) {
    const file = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
    if (!file) throw new HttpProblem(400, 'the multipart body has no file: send it in field `file`');
    if (file.fieldname !== 'file')
      throw new HttpProblem(400, `expected the file in field \`file\`, got \`${file.fieldname}\``);
    const bytes = await file.toBuffer();
    const fileName = sanitiseFileName(file.filename);
    return { parsed: await parseUpload(bytes, fileName), original: bytes, fileName };
  }
  const body = IngestBodySchema.safeParse(request.body);
  if (!body.success)
    throw new HttpProblem(400, 'send JSON { text, fileName? } or a multipart upload with field `file`');
  const fileName = sanitiseFileName(body.data.fileName ?? null);
  const original = Buffer.from(body.data.text, 'utf8');
  return { parsed: parseText(body.data.text, fileName), original, fileName };
}

/** The base name only, without control characters; null when nothing is left. */
function sanitiseFileName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 255);
  return clean === '' ? null : clean;
}
