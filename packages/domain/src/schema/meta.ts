import { z } from 'zod';
import { IsoDateSchema, SpanSchema } from './span.js';
import { SideSchema } from './statement.js';

/** A Council subject code with its running number ("JAIEX 14"). */
export const SubjectCodeSchema = z
  .object({ code: z.string(), number: z.number().int().nullable() })
  .meta({ id: 'SubjectCode' });

/** Header of the Council document (cover page). Each found field's span is in `spans`. */
export const DocumentMetaSchema = z
  .object({
    documentNumber: z.string().nullable(),
    /** "REV 1", "ADD 1", "COR 1" when present. */
    revision: z.string().nullable(),
    issuedOn: IsoDateSchema.nullable(),
    issuedAt: z.string().nullable(),
    classification: z.string().nullable(),
    language: z.string().nullable(),
    subjectCodes: z.array(SubjectCodeSchema),
    documentType: z.string().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    subject: z.string().nullable(),
    spans: z.record(z.string(), SpanSchema),
  })
  .meta({ id: 'DocumentMeta' });

export const MeetingKindSchema = z
  .enum(['senior-officials', 'ministerial', 'other'])
  .meta({ id: 'MeetingKind' });

export const DelegationSchema = z
  .object({ side: SideSchema, members: z.array(z.string()), span: SpanSchema.nullable() })
  .meta({ id: 'Delegation' });

/** The meeting the record reports on (not the document): where, when, under which Presidency. */
export const MeetingSchema = z
  .object({
    kind: MeetingKindSchema,
    title: z.string(),
    city: z.string().nullable(),
    startDate: IsoDateSchema.nullable(),
    endDate: IsoDateSchema.nullable(),
    presidency: z.string().nullable(),
    incomingPresidency: z.string().nullable(),
    delegations: z.array(DelegationSchema),
    spans: z.record(z.string(), SpanSchema),
  })
  .meta({ id: 'Meeting' });

export type SubjectCode = z.infer<typeof SubjectCodeSchema>;
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
export type MeetingKind = z.infer<typeof MeetingKindSchema>;
export type Delegation = z.infer<typeof DelegationSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
