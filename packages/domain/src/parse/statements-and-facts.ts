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
import { placeSentences } from './sentence-placement.js';
import { copySpan } from './spans.js';
import { readStatements } from './statements.js';
import { lexiconWordSet, type Words, WordTags, wordId } from './statements-words.js';
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
  let cues = 0;
  for (const statement of statements) {
    const { start, end } = statement.span;
    if (statement.sentenceIndex !== cuesOf) {
      cues = factCues(text, sentences[statement.sentenceIndex]?.words);
      cuesOf = statement.sentenceIndex;
    }
    if ((cues & DATE_CUE) !== 0) {
      const dateWarnings: ParseWarning[] = [];
      statement.dates = findDates(text, start, end, ctx.defaultYear, dateWarnings);
      if (!dateWarned && dateWarnings.length > 0) {
        warnings.push(dateWarnings[0] as ParseWarning);
        dateWarned = true;
      }
    } else statement.dates = [];
    if ((cues & FUTURE_CUE) !== 0 && ctx.meetingDate !== null) rollForward(statement.dates, ctx.meetingDate);
    statement.figures = (cues & DIGIT_CUE) !== 0 ? addFigures(text, statement, figures) : [];
    while (
      mentionAt < entityMentions.length &&
      (entityMentions[mentionAt] as EntityMention).span.start < start
    )
      mentionAt++;
    statement.entities = entityIdsWithin(entityMentions, mentionAt, end);
    const commitment = (cues & FUTURE_CUE) !== 0 ? readCommitment(statement, statement.dates) : null;
    if (commitment !== null) commitments.push({ id: `c${commitments.length + 1}`, ...commitment });
  }
  return { statements, figures, entities: collectEntities(entityMentions), commitments, warnings };
}

/**
 * Finds the figures of `statement` (outside its dates), numbers them after those of `figures`
 * and appends them there; returns the statement's own copies (no object is shared between two
 * places of the document).
 */
function addFigures(text: string, statement: Statement, figures: Figure[]): Figure[] {
  const { dates } = statement;
  const found = findFigures(
    text,
    statement.span.start,
    statement.span.end,
    dates.length === 0 ? NO_SPANS : dates.map((d) => d.span),
  );
  const own: Figure[] = [];
  for (const f of found) {
    const figure = makeFigure(f, `f${figures.length + 1}`, statement.id, f.span);
    figures.push(figure);
    own.push(makeFigure(figure, figure.id, statement.id, copySpan(figure.span)));
  }
  return own;
}

const NO_SPANS: readonly Span[] = [];

/**
 * The ids of the entity mentions from `from` on that lie within a statement ending at `end`
 * (mentions sorted by start, none before the statement's start from `from` on), each once, in
 * order of first mention.
 */
function entityIdsWithin(mentions: readonly EntityMention[], from: number, end: number): string[] {
  const ids: string[] = [];
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k] as EntityMention;
    if (m.span.start >= end) break;
    if (m.span.end <= end && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
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

/**
 * What a sentence's words show for the fact passes, as bits (each unset lets one pass skip it):
 * a date may be written (`DATE_CUE`), a figure (`DIGIT_CUE`), a next step (`FUTURE_CUE`).
 */
const DATE_CUE = 1;
const DIGIT_CUE = 2;
const FUTURE_CUE = 4;

/** Cheap word checks that let the fact passes skip sentences with nothing for them (`*_CUE` bits). */
function factCues(text: string, words: Words | undefined): number {
  let date = false;
  let digit = false;
  let future = false;
  const count = words === undefined ? 0 : words.length;
  for (let k = 0; k < count; k++) {
    const w = words as Words;
    // "2025", and a year joined to a word ("mid-2025", "end-2024"): the word's first and last
    // characters, read in the text (lower-casing changes no digit)
    if (isDigit(text.charCodeAt(w.start(k))) || isDigit(text.charCodeAt(w.end(k) - 1))) digit = true;
    else {
      const cue = CUES.tags(w.id(k));
      if (cue === 0) continue;
      if ((cue & MONTH) !== 0) date = true;
      else if ((cue & YEAR) !== 0) date ||= w.id(k - 3) === END && w.id(k - 2) === OF;
      else if ((cue & FUTURE) !== 0) future = true;
      else if ((cue & FIGURE) !== 0) digit = true;
    }
  }
  return (date || digit ? DATE_CUE : 0) | (digit ? DIGIT_CUE : 0) | (future ? FUTURE_CUE : 0);
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
