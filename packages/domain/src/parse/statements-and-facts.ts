import type { Commitment, DateMention, Entity, Figure } from '../schema/facts.js';
import type { Section } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import type { Statement } from '../schema/statement.js';
import type { ParseWarning } from '../schema/warning.js';
import { isDigit } from './char-classes.js';
import { readCommitment } from './commitments.js';
import { findDates } from './dates.js';
import { collectEntities, type EntityMention, findEntityMentions } from './entities.js';
import { findFigures } from './figures.js';
import { splitSentences } from './sentences.js';
import { copySpan } from './spans.js';
import { type PlacedSentence, readStatements } from './statements.js';
import { lexiconWordSet, tokenizeWords, type Words, WordTags, wordId } from './statements-words.js';
import type { Block, ParseContext } from './types.js';

/** Input of the statement/fact passes: the normalised text and the structure found in it. */
export interface StatementsInput {
  text: string;
  blocks: Block[];
  sections: Section[];
  ctx: ParseContext;
}

/** Output of the statement/fact passes, ready to be put into an OutcomeDocument. */
export interface StatementsOutput {
  statements: Statement[];
  figures: Figure[];
  entities: Entity[];
  commitments: Commitment[];
  warnings: ParseWarning[];
}

/** Blocks that are read for statements; headings, footnotes, annexes and the header never are. */
const BODY_KINDS = new Set<Block['kind']>(['paragraph', 'line', 'list-item']);

/**
 * Splits the body paragraphs of each section into sentences, reads actor + reporting verb + stance
 * from each, and extracts dates, figures, entities and commitments. Statement `figures`, `dates`
 * and `entities` hold what falls inside the statement's span; the document-level `figures` are
 * all of them, each with its `statementId`. Annex sections give no statements. With no sections
 * at all, every body block is read with `sectionId` null. Never throws on well-formed spans.
 */
export function extractStatementsAndFacts(input: StatementsInput): StatementsOutput {
  const { text, ctx } = input;
  const warnings: ParseWarning[] = [];
  const sentences = placeSentences(input);
  const entityMentions: EntityMention[] = [];
  for (const sentence of sentences) {
    if (sentence.words !== undefined) entityMentions.push(...findEntityMentions(sentence.words));
  }
  const { statements, warnings: statementWarnings } = readStatements(text, sentences, {
    incomingPresidency: ctx.incomingPresidency ?? null,
  });
  warnings.push(...statementWarnings);
  const figures: Figure[] = [];
  let mentionAt = 0;
  const commitments: Commitment[] = [];
  let dateWarned = false;
  // the clauses of one sentence share its cues: read them once per sentence
  let cuesOf = -1;
  let cues: FactCues = { date: false, digit: false, future: false };
  for (const statement of statements) {
    const { start, end } = statement.span;
    const dateWarnings: ParseWarning[] = [];
    if (statement.sentenceIndex !== cuesOf) {
      cues = factCues(text, sentences[statement.sentenceIndex]?.words);
      cuesOf = statement.sentenceIndex;
    }
    statement.dates = cues.date ? findDates(text, start, end, ctx.defaultYear, dateWarnings) : [];
    if (cues.future && ctx.meetingDate !== null) rollForward(statement.dates, ctx.meetingDate);
    if (!dateWarned && dateWarnings.length > 0) {
      warnings.push(dateWarnings[0] as ParseWarning);
      dateWarned = true;
    }
    const found = cues.digit
      ? findFigures(
          text,
          start,
          end,
          statement.dates.map((d) => d.span),
        )
      : [];
    const own = found.map((f, k) => makeFigure(f, `f${figures.length + k + 1}`, statement.id, f.span));
    figures.push(...own);
    // the statement holds its own copies: no object is shared between two places of the document
    statement.figures = own.map((f) => makeFigure(f, f.id, statement.id, copySpan(f.span)));
    while (
      mentionAt < entityMentions.length &&
      (entityMentions[mentionAt] as EntityMention).span.start < start
    )
      mentionAt++;
    const ids: string[] = [];
    for (let k = mentionAt; k < entityMentions.length; k++) {
      const m = entityMentions[k] as EntityMention;
      if (m.span.start >= end) break;
      if (m.span.end <= end && !ids.includes(m.id)) ids.push(m.id);
    }
    statement.entities = ids;
    const commitment = cues.future ? readCommitment(statement, statement.dates) : null;
    if (commitment !== null) commitments.push({ id: `c${commitments.length + 1}`, ...commitment });
  }
  return { statements, figures, entities: collectEntities(entityMentions), commitments, warnings };
}

/** A figure in the contract's key order, so the returned document needs no rebuilding to validate. */
function makeFigure(
  f: Pick<Figure, 'value' | 'unit' | 'qualifier' | 'per' | 'text'>,
  id: string,
  statementId: string,
  span: Span,
): Figure {
  return {
    id,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    per: f.per,
    text: f.text,
    span,
    statementId,
  };
}

const MONTH_WORDS = lexiconWordSet(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** "before the end of the year": a date without a digit or a month's name ("end of the year" only). */
const YEAR_WORDS = lexiconWordSet(['year']);
const END = wordId('end');
const OF = wordId('of');
/** Words that make a figure without a digit ("less than three percent", "two million"). */
const FIGURE_WORDS = lexiconWordSet(['percent', 'per', 'million', 'billion', 'thousand', 'hundred']);
/** Words without which `readCommitment` cannot fire (its triggers all contain one). */
const FUTURE_WORDS = lexiconWordSet(
  'will shall would agreed committed decided pledged undertook offered promised foreseen planned scheduled expected due set forward'.split(
    ' ',
  ),
);

/** The four sets above, asked with one read a word; a word's first tag in this order counts. */
const CUES = new WordTags([MONTH_WORDS, YEAR_WORDS, FUTURE_WORDS, FIGURE_WORDS]);
const MONTH = 1;
const YEAR = 2;
const FUTURE = 4;
const FIGURE = 8;

/** What a sentence's words show for the fact passes (each false lets one pass skip it). */
interface FactCues {
  date: boolean;
  digit: boolean;
  future: boolean;
}

/** Cheap word checks that let the fact passes skip sentences with nothing for them. */
function factCues(text: string, words: Words | undefined): FactCues {
  let date = false;
  let digit = false;
  let future = false;
  const count = words === undefined ? 0 : words.length;
  for (let k = 0; k < count; k++) {
    const w = words as Words;
    const id = w.id(k);
    // "2025", and a year joined to a word ("mid-2025", "end-2024"): the word's first and last
    // characters, read in the text (lower-casing changes no digit)
    if (isDigit(text.charCodeAt(w.start(k))) || isDigit(text.charCodeAt(w.end(k) - 1))) digit = true;
    else {
      const cue = CUES.tags(id);
      if (cue === 0) continue;
      if ((cue & MONTH) !== 0) date = true;
      else if ((cue & YEAR) !== 0) date ||= w.id(k - 3) === END && w.id(k - 2) === OF;
      else if ((cue & FUTURE) !== 0) future = true;
      else if ((cue & FIGURE) !== 0) digit = true;
    }
  }
  return { date: date || digit, digit, future };
}

/**
 * A next step announced for a day or month written without a year that, in the meeting's year,
 * would already be past ("will take place from 29 January ..." in a November record) falls in
 * the following year.
 */
function rollForward(dates: DateMention[], meetingDate: string): void {
  const meetingMonth = meetingDate.slice(0, 7);
  for (const d of dates) {
    if (!d.yearInferred || d.value.slice(0, 7) >= meetingMonth) continue;
    d.value = shiftYear(d.value);
    if (d.end !== null) d.end = shiftYear(d.end);
  }
}

function shiftYear(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

/** Sentences of every readable block, with their section, sub-topic and topic. */
function placeSentences({ text, blocks, sections }: StatementsInput): PlacedSentence[] {
  const out: PlacedSentence[] = [];
  const body = blocks.filter((b) => BODY_KINDS.has(b.kind)).sort((a, b) => a.span.start - b.span.start);
  if (sections.length === 0) {
    for (const block of body) {
      for (const span of splitSentences(text, block.span))
        out.push({
          span,
          sectionId: null,
          subtopic: null,
          topicId: null,
          words: tokenizeWords(text, span.start, span.end),
        });
    }
    return out;
  }
  const ordered = [...sections].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  for (const block of body) {
    const section = innermostSection(ordered, block.span);
    if (section === null || section.kind === 'annex') continue;
    let from = block.span.start;
    if (
      section.titleSpan !== null &&
      section.titleSpan.start < block.span.end &&
      section.titleSpan.end > from
    ) {
      from = Math.max(from, section.titleSpan.end);
    }
    if (from >= block.span.end) continue;
    for (const span of splitSentences(text, { start: from, end: block.span.end })) {
      const sub =
        section.subtopics.find((st) => st.span.start >= span.start && st.span.start < span.end) ??
        section.subtopics.find((st) => span.start >= st.bodySpan.start && span.start < st.bodySpan.end) ??
        null;
      out.push({
        span,
        sectionId: section.id,
        subtopic: sub?.title ?? null,
        topicId: sub?.topic.id ?? section.topic.id,
        sectionKind: section.kind,
        words: tokenizeWords(text, span.start, span.end),
      });
    }
  }
  return out;
}

/** The deepest section containing `span` (sections sorted by start, outer before inner). */
function innermostSection(sections: readonly Section[], span: Span): Section | null {
  let found: Section | null = null;
  for (const s of sections) {
    if (s.span.start > span.start) break;
    if (span.start < s.span.end) found = s;
  }
  return found;
}
