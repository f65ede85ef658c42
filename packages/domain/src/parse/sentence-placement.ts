import type { Section } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import { splitSentences } from './sentences.js';
import type { PlacedSentence } from './statements.js';
import { tokenizeWords } from './statements-words.js';
import type { Block } from './types.js';

/** What placing sentences reads: the normalised text and the structure found in it. */
export interface SentencePlacementInput {
  text: string;
  blocks: readonly Block[];
  sections: readonly Section[];
}

/** Blocks that are read for statements; headings, footnotes, annexes and the header never are. */
function isBodyBlock(block: Block): boolean {
  return block.kind === 'paragraph' || block.kind === 'line' || block.kind === 'list-item';
}

/**
 * Sentences of every readable block, with their section, sub-topic and topic, each with its words.
 * Annex sections give none; with no sections at all, every body block is read with `sectionId` null.
 */
export function placeSentences({ text, blocks, sections }: SentencePlacementInput): PlacedSentence[] {
  const out: PlacedSentence[] = [];
  const body = sortedBy(blocks.filter(isBodyBlock), (a, b) => a.span.start - b.span.start);
  if (sections.length === 0) {
    for (const block of body) {
      for (const span of splitSentences(text, block.span))
        out.push({
          span,
          sectionId: null,
          subtopic: null,
          topicId: null,
          words: tokenizeWords(text, span.start, span.end),
          listItem: block.kind === 'list-item',
        });
    }
    return out;
  }
  const innermost = new InnermostSections(
    sortedBy([...sections], (a, b) => a.span.start - b.span.start || b.span.end - a.span.end),
  );
  for (const block of body) {
    const section = innermost.at(block.span.start);
    if (section === null || section.kind === 'annex') continue;
    let from = block.span.start;
    if (
      section.titleSpan !== null &&
      section.titleSpan.start < block.span.end &&
      section.titleSpan.end > from
    ) {
      from = Math.max(from, section.titleSpan.end);
    }
    // "Accountability: The EU side ...": the sub-topic label is no part of the first sentence
    from = afterLabel(text, section.subtopics, from);
    if (from >= block.span.end) continue;
    for (const span of splitSentences(text, { start: from, end: block.span.end })) {
      const sub = subtopicOf(section.subtopics, span);
      out.push({
        span,
        sectionId: section.id,
        subtopic: sub?.title ?? null,
        topicId: sub?.topic.id ?? section.topic.id,
        sectionKind: section.kind,
        words: tokenizeWords(text, span.start, span.end),
        listItem: block.kind === 'list-item',
      });
    }
  }
  return out;
}

type Subtopic = Section['subtopics'][number];

/** After a sub-topic label and its colon that open the text at `from`, else `from`. */
function afterLabel(text: string, subtopics: readonly Subtopic[], from: number): number {
  for (const st of subtopics)
    if (st.span.start === from && text.charCodeAt(st.span.end) === COLON) return st.span.end + 1;
  return from;
}

const COLON = 58;

/**
 * The sub-topic of a sentence: the first whose title starts inside it, else the first whose body
 * holds its start; null if none. The same as two `find`s over `subtopics`, in one pass.
 */
export function subtopicOf(subtopics: readonly Subtopic[], span: Span): Subtopic | null {
  let holding: Subtopic | null = null;
  for (const st of subtopics) {
    if (st.span.start >= span.start && st.span.start < span.end) return st;
    if (holding === null && span.start >= st.bodySpan.start && span.start < st.bodySpan.end) holding = st;
  }
  return holding;
}

/**
 * `list.sort(compare)`, without the sort when `list` is already in order (the usual case for the
 * passes' blocks and sections): a stable sort leaves a sorted list as it is.
 */
export function sortedBy<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let k = 1; k < list.length; k++) {
    if (compare(list[k - 1] as T, list[k] as T) > 0) return list.sort(compare);
  }
  return list;
}

/**
 * The deepest section containing each of a series of offsets asked in increasing order (sections
 * sorted by start, outer before inner): the last section that starts at or before the offset and
 * ends after it, as a scan of all sections from the first would find. A pointer over the sections
 * started so far only moves forward, and the look back from it stops at the first still open, so
 * a document's blocks are placed without scanning its sections once per block.
 */
export class InnermostSections {
  private started = 0;

  constructor(private readonly sections: readonly Section[]) {}

  /** The deepest section containing `offset`, or null; `offset` no less than at the call before. */
  at(offset: number): Section | null {
    const list = this.sections;
    while (this.started < list.length && (list[this.started] as Section).span.start <= offset) this.started++;
    for (let k = this.started - 1; k >= 0; k--) {
      const s = list[k] as Section;
      if (offset < s.span.end) return s;
    }
    return null;
  }
}
