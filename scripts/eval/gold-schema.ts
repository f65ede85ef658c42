import { z } from '@som/domain';

/** One statement as a careful reader annotates it: a quote that locates it, actor, verb lemma, stance. */
export const GoldStatementSchema = z.object({
  section: z.string().nullable(),
  subtopic: z.string().nullable(),
  quote: z.string().min(8),
  actor: z.string(),
  verb: z.string().nullable(),
  stance: z.string().nullable(),
});

/** A next step: quote, date (ISO, YYYY-MM or null) and place. */
export const GoldCommitmentSchema = z.object({
  section: z.string().nullable(),
  quote: z.string(),
  date: z.string().nullable(),
  place: z.string().nullable(),
});

/** A figure written in digits: value, unit, qualifier, rate. */
export const GoldFigureSchema = z.object({
  section: z.string().nullable(),
  quote: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  per: z.string().nullable(),
});

/** An agenda item (or numbered paragraph of a joint statement) with its canonical topic. */
export const GoldSectionSchema = z.object({
  number: z.string().nullable(),
  title: z.string().nullable(),
  topic: z.string().nullable(),
  level: z.number().int(),
  subtopics: z.array(z.string()),
});

/** The meeting fields that are scored. */
export const GoldMeetingSchema = z.object({
  kind: z.string(),
  city: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  documentNumber: z.string().nullable(),
  classification: z.string().nullable(),
});

/** A hand-written gold annotation of one fixture (`fixtures/gold/<name>.gold.json`). */
export const GoldDocumentSchema = z.object({
  file: z.string(),
  illustrative: z.boolean(),
  meeting: GoldMeetingSchema,
  sections: z.array(GoldSectionSchema),
  statements: z.array(GoldStatementSchema),
  commitments: z.array(GoldCommitmentSchema),
  figures: z.array(GoldFigureSchema),
});

export type GoldStatement = z.infer<typeof GoldStatementSchema>;
export type GoldCommitment = z.infer<typeof GoldCommitmentSchema>;
export type GoldFigure = z.infer<typeof GoldFigureSchema>;
export type GoldSection = z.infer<typeof GoldSectionSchema>;
export type GoldMeeting = z.infer<typeof GoldMeetingSchema>;
export type GoldDocument = z.infer<typeof GoldDocumentSchema>;
