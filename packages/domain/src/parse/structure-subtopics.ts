import type { Subtopic } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import type { TopicRef } from '../schema/topic.js';
import { findActorMentions } from './actors.js';
import { isWhiteSpace } from './char-classes.js';
import { tokenizeWords } from './statements-words.js';
import { findReportingVerbs } from './verbs.js';

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

/**
 * A label opening a paragraph: one to six words, a capital first, a colon, then a capital
 * ("Accountability: The EU side recalled ...", "Sanctions and asset recovery: The US ...").
 */
const LABEL_RE = /^(\p{Lu}[\p{L}’'-]*(?: [\p{L}’'-]+){0,5}):\s+(?=[\p{Lu}“"])/u;
/** First words of a sentence, not of a label ("The US side stated: ..."). */
const NOT_LABEL_START = new Set(
  'The A An This These That Those Both It They We He She In On As For At By According'.split(' '),
);

/**
 * Finds sub-topic labels that open paragraphs ("Accountability: The EU side ..."): span of the
 * label without its colon. A label names a subject, so one holding a reporting verb ("Europol
 * underlined: ..."), opening like a sentence ("The US side stated: ...") or naming a speaker
 * ("US: ...") is none.
 */
export function findLabelSubtopics(text: string, paragraphs: readonly Span[]): SubtopicMark[] {
  const marks: SubtopicMark[] = [];
  for (const p of paragraphs) {
    // a label ends in ":" within its first six words: most paragraphs have no colon that early
    const colon = text.indexOf(':', p.start);
    if (colon < 0 || colon >= p.end || colon - p.start > 80) continue;
    const m = LABEL_RE.exec(text.slice(p.start, Math.min(p.end, colon + 3)));
    if (m === null) continue;
    const title = m[1] as string;
    const firstWord = title.slice(0, title.indexOf(' ') < 0 ? title.length : title.indexOf(' '));
    if (NOT_LABEL_START.has(firstWord)) continue;
    const words = tokenizeWords(title, 0, title.length);
    if (findReportingVerbs(words).length > 0) continue;
    // "US: The US side noted ...": a speaker's name as the label is no sub-topic
    if (
      findActorMentions(title, words).some(
        (a) => a.kind === 'named' && a.start === 0 && a.end === title.length,
      )
    )
      continue;
    marks.push({ title, span: { start: p.start, end: p.start + title.length }, from: p.start });
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
