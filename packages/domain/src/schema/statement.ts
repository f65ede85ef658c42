import { z } from 'zod';
import { DateMentionSchema, FigureSchema } from './facts.js';
import { SpanSchema } from './span.js';

/** Which side of the dialogue an actor speaks for. */
export const SideSchema = z.enum(['us', 'eu', 'both', 'other']).meta({ id: 'Side' });

/**
 * The closed set of stances that makes meetings comparable.
 * support (welcomed, praised), agreement (concurred, echoed), concern (warned, regretted),
 * request (called for, asked, urged), information (informed, presented, noted),
 * emphasis (underlined, stressed, reiterated), commitment (committed, agreed to hold, will),
 * interest (expressed interest, looked forward).
 */
export const StanceSchema = z
  .enum(['support', 'agreement', 'concern', 'request', 'information', 'emphasis', 'commitment', 'interest'])
  .meta({ id: 'Stance' });

/** Who speaks. `id` is `us`, `eu`, `both`, a named body (`presidency`, `europol`, `us-doj`, ...) or `unattributed`. */
export const ActorSchema = z
  .object({
    id: z.string().min(1),
    side: SideSchema,
    /** The words that name the speaker as written ("The US delegation", "It"), or null. */
    mention: z.string().nullable(),
    mentionSpan: SpanSchema.nullable(),
    /**
     * Id of the statement whose actor a pronoun ("It", "They") was resolved to, or whose lead-in
     * ("... the following priorities:") a list item continues (then `mention` is null); else null.
     */
    resolvedFrom: z.string().nullable(),
  })
  .meta({ id: 'Actor' });

/** One attributed (or explicitly unattributed) claim: actor + reporting verb + stance, with its sentence. */
export const StatementSchema = z
  .object({
    id: z.string(),
    sectionId: z.string().nullable(),
    /** Title of the sub-topic (italic phrase or own line) the sentence falls under, else null. */
    subtopic: z.string().nullable(),
    /** The most specific topic: the sub-topic's if any, else the section's. */
    topicId: z.string().nullable(),
    actor: ActorSchema,
    /** Lemma of the reporting verb ("warn", "call for"), null when none was found. */
    verb: z.string().nullable(),
    verbSpan: SpanSchema.nullable(),
    stance: StanceSchema.nullable(),
    voice: z.enum(['active', 'passive', 'none']),
    text: z.string(),
    span: SpanSchema,
    /** Index of the sentence in the document (several statements may share one sentence). */
    sentenceIndex: z.number().int().nonnegative(),
    figures: z.array(FigureSchema),
    dates: z.array(DateMentionSchema),
    /** Ids of entities mentioned in this statement. */
    entities: z.array(z.string()),
  })
  .meta({ id: 'Statement' });

export type Side = z.infer<typeof SideSchema>;
export type Stance = z.infer<typeof StanceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Statement = z.infer<typeof StatementSchema>;
