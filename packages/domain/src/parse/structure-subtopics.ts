import type { Subtopic } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import type { TopicRef } from '../schema/topic.js';
import { isWhiteSpace } from './char-classes.js';

// "The Parties held a detailed exchange on *Security threats stemming from the war*."
const ASTERISK = /\*([^*\n]{2,160}?)\*/g;

/** A sub-topic title found in the text before its topic is known. */
export interface SubtopicMark {
  title: string;
  /** The title without asterisks. */
  span: Span;
  /** Where the text it governs starts: its paragraph (first mark in it) or its opening asterisk. */
  from: number;
}

/** Finds `*asterisk phrases*` in paragraphs (span without the asterisks). */
export function findAsteriskSubtopics(text: string, paragraphs: readonly Span[]): SubtopicMark[] {
  const marks: SubtopicMark[] = [];
  for (const p of paragraphs) {
    const slice = text.slice(p.start, p.end);
    // most paragraphs hold no asterisk: skip them before matching (matchAll copies the RegExp)
    if (!slice.includes('*')) continue;
    let first = true;
    for (const m of slice.matchAll(ASTERISK)) {
      const raw = m[1] as string;
      const title = raw.trim();
      if (title === '' || isWhiteSpace(raw.charCodeAt(0)) || isWhiteSpace(raw.charCodeAt(raw.length - 1)))
        continue;
      const start = p.start + m.index + 1;
      marks.push({ title, span: { start, end: start + title.length }, from: first ? p.start : start - 1 });
      first = false;
    }
  }
  return marks;
}

/** Gives each mark its body (to the next mark or the section's end) and its topic. */
export function buildSubtopics(
  text: string,
  marks: readonly SubtopicMark[],
  sectionEnd: number,
  idPrefix: string,
  topicOf: (title: string, body: string) => TopicRef,
): Subtopic[] {
  const sorted = [...marks].sort((a, b) => a.span.start - b.span.start);
  return sorted.map((mark, i) => {
    let end = i + 1 < sorted.length ? (sorted[i + 1] as SubtopicMark).from : sectionEnd;
    while (end > mark.from && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    end = Math.max(end, mark.span.end);
    const bodySpan = { start: Math.min(mark.from, mark.span.start), end };
    return {
      id: `${idPrefix}-st${i + 1}`,
      title: mark.title,
      topic: topicOf(mark.title, text.slice(bodySpan.start, bodySpan.end)),
      span: mark.span,
      bodySpan,
    };
  });
}
