import type { Span } from '../schema/span.js';

/**
 * A block of the normalised text: one non-blank line (normalised paragraphs are one line each).
 * `kind` is a first guess made by `splitBlocks`; `buildSections` settles headings (a heading
 * that turns out to be a list item becomes `list-item`; an own-line sub-topic stays `heading`).
 */
export interface Block {
  span: Span;
  kind: 'line' | 'paragraph' | 'heading' | 'list-item' | 'footnote' | 'annex' | 'header';
  /** `heading`, `footnote`, `annex` and `header` blocks are never split into statements. */
  /** Heading number as written ("1", "IV", "a", "2.1") when the block starts with one. */
  number: string | null;
}

/** One sentence of a paragraph, as a span into the normalised text. */
export interface SentenceSpan {
  span: Span;
  /** Index of the block (paragraph) the sentence belongs to. */
  blockIndex: number;
}

/** What the later passes need to know about the document as a whole. */
export interface ParseContext {
  /** Year used for dates written without one ("7 June"): the meeting's, else the issue year. */
  defaultYear: number | null;
  /** ISO date of the meeting's start, when known. */
  meetingDate: string | null;
  /** Country of the incoming Presidency ("Belgium"), when known: its minister speaks for it. */
  incomingPresidency?: string | null;
}
