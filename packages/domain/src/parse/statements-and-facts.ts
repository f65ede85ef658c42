import type { Commitment, DateMention, Entity, Figure } from '../schema/facts.js';
import type { Section } from '../schema/section.js';
import type { Span } from '../schema/span.js';
import type { Statement } from '../schema/statement.js';
import type { ParseWarning } from '../schema/warning.js';
import { type CommitmentMention, readCommitment } from './commitments.js';
import { findDates } from './dates.js';
import { collectEntities, type EntityMention, findEntityMentions } from './entities.js';
import { DATE_CUE, DIGIT_CUE, FUTURE_CUE, factCues } from './fact-cues.js';
import { findFigures } from './figures.js';
import { placeSentences } from './sentence-placement.js';
import { copySpan } from './spans.js';
import { readStatements } from './statements.js';
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
    if (commitment !== null) commitments.push(numberCommitment(commitment, `c${commitments.length + 1}`));
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

/** A commitment with its id, in the contract's key order (what `{ id, ...c }` gives, without the spread). */
function numberCommitment(c: CommitmentMention, id: string): Commitment {
  return {
    id,
    text: c.text,
    what: c.what,
    date: c.date,
    place: c.place,
    span: c.span,
    statementId: c.statementId,
    sectionId: c.sectionId,
    topicId: c.topicId,
  };
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

/**
 * A next step announced for a day or month written without a year that, in the meeting's year,
 * would already be past ("will take place from 29 January ..." in a November record) falls in
 * the following year.
 */
function rollForward(dates: DateMention[], meetingDate: string): void {
  const meetingMonth = meetingDate.slice(0, 7);
  for (const d of dates) {
    // a whole year ("this year", "next year") is said knowing which: never rolled
    if (!d.yearInferred || d.precision === 'year' || d.value.slice(0, 7) >= meetingMonth) continue;
    d.value = shiftYear(d.value);
    if (d.end !== null) d.end = shiftYear(d.end);
  }
}

function shiftYear(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}
