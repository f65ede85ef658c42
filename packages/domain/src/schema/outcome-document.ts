import { z } from 'zod';
import { CommitmentSchema, EntitySchema, FigureSchema } from './facts.js';
import { DocumentMetaSchema, MeetingSchema } from './meta.js';
import { SectionSchema } from './section.js';
import { StatementSchema } from './statement.js';
import { ParseWarningSchema } from './warning.js';

/** Version of the OutcomeDocument contract. Bump on any rename or removal. */
export const SCHEMA_VERSION = '1.0.0';

export const SourceFormatSchema = z.enum(['txt', 'pdf', 'json']).meta({ id: 'SourceFormat' });

/** The normalised text every span points into, and where it came from. */
export const SourceSchema = z
  .object({
    text: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: SourceFormatSchema,
    fileName: z.string().nullable(),
  })
  .meta({ id: 'Source' });

/** A parsed "Outcome of proceedings" record or joint statement: the published contract. */
export const OutcomeDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    parserVersion: z.string(),
    /** Stable slug, e.g. `som-2023-03-16-stockholm`. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    source: SourceSchema,
    meta: DocumentMetaSchema,
    meeting: MeetingSchema,
    sections: z.array(SectionSchema),
    statements: z.array(StatementSchema),
    commitments: z.array(CommitmentSchema),
    figures: z.array(FigureSchema),
    entities: z.array(EntitySchema),
    warnings: z.array(ParseWarningSchema),
  })
  .meta({ id: 'OutcomeDocument' });

export type SourceFormat = z.infer<typeof SourceFormatSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type OutcomeDocument = z.infer<typeof OutcomeDocumentSchema>;
