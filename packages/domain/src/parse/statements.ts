import { UNATTRIBUTED } from '../lexicon/actors.js';
import type { Span } from '../schema/span.js';
import type { Actor, Statement } from '../schema/statement.js';
import type { ParseWarning } from '../schema/warning.js';
import type { NameMemory } from './actors.js';
import { isSmallLetter } from './char-classes.js';
import { isCoverNote } from './cover-note.js';
import { copySpan } from './spans.js';
import { type Clause, readClauses } from './statements-clauses.js';
import type { Words } from './statements-words.js';
import { findReportingVerbs } from './verbs.js';

/** A sentence with what the structure knows about where it stands. */
export interface PlacedSentence {
  span: Span;
  sectionId: string | null;
  /**
   * Kind of the section. Numbered paragraphs of a joint statement (`paragraph`) carry the speaker
   * over ("2. They reaffirmed ..." after "1. The United States and the European Union ...");
   * any other new section starts without one.
   */
  sectionKind?: string;
  subtopic: string | null;
  topicId: string | null;
  /** The sentence's words, when already made (saves tokenising twice). */
  words?: Words;
  /** Whether the sentence stands in a list item (a bullet or lettered item). */
  listItem?: boolean;
}

interface Previous {
  statement: Statement;
  named: Clause['named'];
  subject: Clause['subject'];
}

/** Statements of a run of sentences (facts left empty), and the warnings they raised. */
export interface StatementsResult {
  statements: Statement[];
  warnings: ParseWarning[];
}

/**
 * Turns sentences (in text order) into statements: one per speaker clause, each with actor,
 * reporting verb, stance, voice and a span that slices exactly to its text. The items of a list
 * after a lead-in ending with ":" ("The US side highlighted the following priorities:"), when
 * they name no speaker and no verb, take the lead's actor, verb and stance (`resolvedFrom` names
 * the lead; `verbSpan` stays null, the verb not being in the item). Pronouns at the start
 * of a sentence ("It", "Its", "They", "The latter") take the actor of the previous attributed
 * statement in the same section (or the previous numbered paragraph), naming it in `resolvedFrom`; with none, the statement stays
 * `unattributed` and an `unresolved-pronoun` warning is raised. Sentences without a speaker are
 * kept as `unattributed`; one `unattributed-sentence` warning is raised per section (but the
 * next-meetings one, which has no speaker by nature) in which
 * no statement is attributed. Ids are `s1`, `s2`, ... in text order.
 */
export function readStatements(
  text: string,
  sentences: readonly PlacedSentence[],
  options: { incomingPresidency?: string | null } = {},
): StatementsResult {
  const statements: Statement[] = [];
  const warnings: ParseWarning[] = [];
  let section: string | null | undefined;
  let previous: Previous | null = null;
  // an attributed statement whose sentence ends with ":", and the list items that continue it
  let lead: Lead | null = null;
  let sectionFirst = 0;
  const names: NameMemory = new Map();
  const closeSection = (): void => {
    const count = statements.length - sectionFirst;
    // a section announcing the next meetings has no speaker by nature
    if (count > 0 && noneAttributed(statements, sectionFirst)) {
      warnings.push({
        code: 'unattributed-sentence',
        message: `No sentence of this section names a speaker (${count} kept as unattributed).`,
        span: {
          start: statements[sectionFirst]!.span.start,
          end: statements[statements.length - 1]!.span.end,
        },
      });
    }
  };
  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const sentence = sentences[sentenceIndex] as PlacedSentence;
    if (sentence.sectionId !== section) {
      if (section !== undefined) closeSection();
      section = sentence.sectionId;
      if (sentence.sectionKind !== 'paragraph') previous = null;
      lead = null;
      sectionFirst = statements.length;
    }
    const continuesList =
      lead !== null && (sentence.listItem === true || startsLowerCase(text, sentence.span.start));
    // "Delegations will find attached the outcome of proceedings ...": no speaker of the meeting
    const clauses = isCoverNote(text.slice(sentence.span.start, sentence.span.end))
      ? [unspokenClause(sentence.span)]
      : readClauses(
          text,
          sentence.span.start,
          sentence.span.end,
          sentence.words,
          names,
          options.incomingPresidency,
        );
    for (const clause of clauses) {
      const id = `s${statements.length + 1}`;
      // "The US side highlighted the following priorities:" / "- the fight against ransomware;":
      // an item naming no speaker and no verb is the lead's speaker saying it
      const listed =
        continuesList && clauses.length === 1 && clause.mention === null && clause.verb === null
          ? (lead as Lead)
          : null;
      const actor =
        listed === null
          ? resolveActor(text, clause, previous, warnings)
          : {
              id: listed.statement.actor.id,
              side: listed.statement.actor.side,
              mention: null,
              mentionSpan: null,
              resolvedFrom: listed.statement.id,
            };
      const statement: Statement = {
        id,
        sectionId: sentence.sectionId,
        subtopic: sentence.subtopic,
        topicId: sentence.topicId,
        actor,
        verb: listed === null ? (clause.verb?.lemma ?? null) : listed.verb,
        verbSpan: clause.verb ? { start: clause.verb.start, end: clause.verb.end } : null,
        stance: listed === null ? (clause.verb?.stance ?? null) : listed.stance,
        voice: listed === null ? clause.voice : listed.statement.voice,
        text: text.slice(clause.start, clause.end),
        span: { start: clause.start, end: clause.end },
        sentenceIndex,
        figures: [],
        dates: [],
        entities: [],
      };
      statements.push(statement);
      if (actor.id !== UNATTRIBUTED.id)
        previous = {
          statement,
          named: clause.named,
          subject: clause.subject?.kind === 'named' ? clause.subject : null,
        };
    }
    const last = statements[statements.length - 1];
    if (!continuesList)
      lead =
        last !== undefined &&
        last.sentenceIndex === sentenceIndex &&
        last.actor.id !== UNATTRIBUTED.id &&
        text.charCodeAt(sentence.span.end - 1) === COLON
          ? leadOf(last, sentence.words)
          : null;
  }
  if (section !== undefined) closeSection();
  return { statements, warnings };
}

const COLON = 58;

/** A statement a list follows, with the verb that introduces the list. */
interface Lead {
  statement: Statement;
  verb: string | null;
  stance: Statement['stance'];
}

/**
 * The lead of a list: its statement, and the last reporting verb of its sentence ("informed about
 * the strategy and highlighted the following elements:" introduces the list with "highlight"),
 * else the statement's own verb.
 */
function leadOf(statement: Statement, words: Words | undefined): Lead {
  const verbs = words === undefined ? [] : findReportingVerbs(words);
  const last = verbs[verbs.length - 1];
  return last === undefined || last.start < statement.span.start
    ? { statement, verb: statement.verb, stance: statement.stance }
    : { statement, verb: last.lemma, stance: last.stance };
}

/** The one clause of a sentence that no one in the meeting says: the whole sentence, unattributed. */
function unspokenClause(span: Span): Clause {
  return {
    start: span.start,
    end: span.end,
    mention: null,
    mentionStart: span.start,
    mentionEnd: span.start,
    verb: null,
    voice: 'none',
    subject: null,
    named: [],
  };
}

/** Whether the sentence at `start` opens with a lower-case letter (a list item going on from a lead-in). */
function startsLowerCase(text: string, start: number): boolean {
  return isSmallLetter(text.charCodeAt(start));
}

/**
 * Whether no statement from index `first` on is attributed, none of them about the next meetings
 * and one at least other than the cover-note formula (`statements.slice(first).every(...)`, without
 * the copy).
 */
function noneAttributed(statements: readonly Statement[], first: number): boolean {
  let said = false;
  for (let k = first; k < statements.length; k++) {
    const s = statements[k] as Statement;
    if (s.actor.id !== UNATTRIBUTED.id || s.topicId === 'next-meetings') return false;
    // the cover-note formula has no speaker by nature
    said ||= !isCoverNote(s.text);
  }
  return said;
}

const SINGULAR_RE = /^it/i;

function unattributed(mention: string | null, mentionSpan: Actor['mentionSpan']): Actor {
  return { id: UNATTRIBUTED.id, side: UNATTRIBUTED.side, mention, mentionSpan, resolvedFrom: null };
}

function resolveActor(
  text: string,
  clause: Clause,
  previous: Previous | null,
  warnings: ParseWarning[],
): Actor {
  const m = clause.mention;
  if (m === null) return unattributed(null, null);
  const mentionSpan = { start: clause.mentionStart, end: clause.mentionEnd };
  const mention = text.slice(mentionSpan.start, mentionSpan.end);
  if (m.kind === 'named') return { id: m.id, side: m.side, mention, mentionSpan, resolvedFrom: null };
  if (previous === null) {
    warnings.push({
      code: 'unresolved-pronoun',
      message: `"${mention}" has no earlier speaker in this section to refer to.`,
      span: copySpan(mentionSpan),
    });
    return unattributed(mention, mentionSpan);
  }
  const prevActor = previous.statement.actor;
  const subject = previous.subject;
  if (m.kind !== 'latter' && subject !== null && subject.id !== prevActor.id && SINGULAR_RE.test(mention)) {
    return { id: subject.id, side: subject.side, mention, mentionSpan, resolvedFrom: previous.statement.id };
  }
  if (m.kind === 'latter') {
    const other = [...previous.named].reverse().find((n) => n.id !== prevActor.id);
    if (other !== undefined) {
      return { id: other.id, side: other.side, mention, mentionSpan, resolvedFrom: previous.statement.id };
    }
  }
  return {
    id: prevActor.id,
    side: prevActor.side,
    mention,
    mentionSpan,
    resolvedFrom: previous.statement.id,
  };
}
