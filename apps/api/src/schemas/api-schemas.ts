import { MeetingKindSchema, SideSchema, SourceFormatSchema, SpanSchema, StanceSchema, z } from '@som/domain';

/**
 * Ids of stored documents and tokens: lower-case slugs. Anything else (`../../etc/passwd`, `%00`)
 * is refused by validation before it reaches the store.
 */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'expected a lower-case slug (a-z, 0-9, -), at most 120 characters');

/** Topic ids are slugs too (canonical `visa-reciprocity` or derived `x-...`). */
export const TopicIdSchema = IdSchema;

export const IsoDateQuerySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const RoleSchema = z.enum(['reader', 'editor', 'admin']).meta({ id: 'Role' });

/** RFC 9457 problem details: every error response has this body, as `application/problem+json`. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

/** One line of the document library. */
export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    kind: MeetingKindSchema,
    title: z.string(),
    city: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    documentNumber: z.string().nullable(),
    issuedOn: z.string().nullable(),
    classification: z.string().nullable(),
    sha256: z.string(),
    fileName: z.string().nullable(),
    format: SourceFormatSchema,
    sections: z.number().int(),
    statements: z.number().int(),
    warnings: z.number().int(),
    ingestedAt: z.string(),
  })
  .meta({ id: 'DocumentSummary' });

export const DocumentPageSchema = z
  .object({
    items: z.array(DocumentSummarySchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: 'DocumentPage' });

export const DocumentSourceSchema = z
  .object({ id: z.string(), sha256: z.string(), classification: z.string().nullable(), text: z.string() })
  .meta({ id: 'DocumentSource' });

export const TopicCountSchema = z
  .object({ id: z.string(), label: z.string(), meetings: z.number().int() })
  .meta({ id: 'TopicCount' });

/** A piece of a search snippet: `match` pieces are the words that matched (render them as <mark>). */
export const SnippetPartSchema = z
  .object({ text: z.string(), match: z.boolean() })
  .meta({ id: 'SnippetPart' });

export const SearchHitSchema = z
  .object({
    documentId: z.string(),
    statementId: z.string(),
    span: SpanSchema,
    meeting: z.object({
      title: z.string(),
      city: z.string().nullable(),
      startDate: z.string().nullable(),
      kind: MeetingKindSchema,
    }),
    classification: z.string().nullable(),
    actor: z.object({ id: z.string(), side: SideSchema }),
    stance: StanceSchema.nullable(),
    topicId: z.string().nullable(),
    text: z.string(),
    snippet: z.array(SnippetPartSchema),
  })
  .meta({ id: 'SearchHit' });

export const SearchResultSchema = z
  .object({ items: z.array(SearchHitSchema), total: z.number().int() })
  .meta({ id: 'SearchResult' });

export const TokenInfoSchema = z
  .object({ id: z.string(), role: RoleSchema, label: z.string().nullable(), createdAt: z.string() })
  .meta({ id: 'TokenInfo' });

export const AuditEntrySchema = z
  .object({
    at: z.string(),
    actor: z.string(),
    action: z.string(),
    target: z.string().nullable(),
    status: z.number().int(),
  })
  .meta({ id: 'AuditEntry' });

export type Role = z.infer<typeof RoleSchema>;
export type Problem = z.infer<typeof ProblemSchema>;
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;
export type TopicCount = z.infer<typeof TopicCountSchema>;
export type SnippetPart = z.infer<typeof SnippetPartSchema>;
export type SearchHit = z.infer<typeof SearchHitSchema>;
export type TokenInfo = z.infer<typeof TokenInfoSchema>;
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
