import { z } from 'zod';
import { SpanSchema } from './span.js';
import { TopicRefSchema } from './topic.js';

/** A sub-topic: an italic `*phrase*` inside a paragraph, or a short line of its own. */
export const SubtopicSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    topic: TopicRefSchema,
    /** Span of the title as written (without the asterisks). */
    span: SpanSchema,
    /** Span of the text the sub-topic governs (to the next sub-topic or the end of the section). */
    bodySpan: SpanSchema,
  })
  .meta({ id: 'Subtopic' });

/** An agenda item (or an unnumbered block such as "Summary" or an ANNEX). */
export const SectionSchema = z
  .object({
    id: z.string(),
    /** As written: "1", "IV", "a", "2.1"; null for unnumbered headings. */
    number: z.string().nullable(),
    title: z.string(),
    level: z.number().int().min(1).max(3),
    parentId: z.string().nullable(),
    kind: z.enum(['summary', 'agenda-item', 'annex', 'paragraph', 'preamble']),
    topic: TopicRefSchema,
    /** From the start of the heading to the end of the section's last paragraph. */
    span: SpanSchema,
    /** The title as written (without the number), null when the section has no heading. */
    titleSpan: SpanSchema.nullable(),
    subtopics: z.array(SubtopicSchema),
  })
  .meta({ id: 'Section' });

export type Subtopic = z.infer<typeof SubtopicSchema>;
export type Section = z.infer<typeof SectionSchema>;
