import { type ActorMention, findActorMentions, type NameMemory } from './actors.js';
import { isWhiteSpace } from './char-classes.js';
import {
  findPassive,
  isGapText,
  isSpeakerLabel,
  isSubjectPosition,
  VERB_ADVERBS,
  verbAfterSubject,
} from './statements-subjects.js';
import { tokenizeWords, type Words, wordId, wordSet } from './statements-words.js';
import { findReportingVerbs, matchReportingVerbAt, type VerbMatch } from './verbs.js';

/**
 * One speaker's part of a sentence: who (a mention, possibly a pronoun still to resolve),
 * the reporting verb, the voice, and the slice of the sentence it covers.
 */
export interface Clause {
  start: number;
  end: number;
  mention: ActorMention | null;
  /** Span of the words naming the speaker. */
  mentionStart: number;
  mentionEnd: number;
  verb: VerbMatch | null;
  voice: 'active' | 'passive' | 'none';
  /** The grammatical subject: what a singular "It" in the next sentence refers to. */
  subject: ActorMention | null;
  /** All actors named inside the clause (for "The latter"). */
  named: readonly ActorMention[];
}

/** "According to the US delegation, ..." opens a sentence whose speaker is that actor. */
const ACCORDING_RE = /^\s*(?:according to|in the view of|as explained by|as stated by)\s+$/i;
/** A word after a sentence-initial subject that shows it is the subject ("The US has admitted ..."). */
const SUBJECT_VERBS = wordSet(
  (
    'has have had is are was were will would shall should can could may might must does did continues continued ' +
    'remains remained considers considered believes believed wants wishes intends plans planned hopes expects sees ' +
    'is sought seeks aims aimed launched started adopted set held met took gave made had saw came began led brought ' +
    'spoke sent kept left put'
  ).split(' '),
);
const CLAUSE_BREAK_RE =
  /(?:[,;:]\s*(?:whereas|while|whilst|but|and|to which|in reply to which|after which)?|\s(?:whereas|whilst))\s*$/;
const PAST_WORD_RE = /^[a-z]+ed$/;
/** No reporting verb (shared, read-only). */
const NO_VERBS: readonly VerbMatch[] = [];
/** White space, ",", ";" or ":" (what `/[\s,;:]/` matches), dropped from a clause's end. */
export function isTrailingPunctuation(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isWhiteSpace(c);
}

interface Anchor {
  mention: ActorMention;
  verb: VerbMatch;
  mentionEnd: number;
  subject?: ActorMention;
}

/**
 * Reads the speakers of one sentence and cuts it into clauses, one per speaker:
 * "The US side stated ..., whereas the EU side noted ..." gives two clauses, each a contiguous
 * slice. The first speaker is the first actor directly followed by a reporting verb
 * (after an introductory clause: "On encryption, the US delegation noted ..."); else a passive
 * agent ("... was echoed by the US delegation"); else a sentence-initial possessive ("Its Task
 * Force ... invited"); else a sentence-initial subject without a lexicon verb ("The US has
 * admitted ..."); else the sentence is one clause without speaker. `words` are the sentence's
 * words when the caller has them already; `names` is the document's memory of titled surnames.
 */
export function readClauses(
  text: string,
  start: number,
  end: number,
  sentenceWords?: Words,
  names?: NameMemory,
  incomingPresidency?: string | null,
): Clause[] {
  const words = sentenceWords ?? tokenizeWords(text, start, end);
  const mentions = findActorMentions(text, words, names, incomingPresidency);
  const anchors: Anchor[] = [];
  for (const mention of mentions) {
    if (
      mention.kind !== 'named' &&
      !isSubjectPosition(text, words, mention, start, anchors.length) &&
      !(mention.kind === 'pronoun' && opensClause(text, words, mention, anchors))
    )
      continue;
    const verb = verbAfterSubject(text, words, mention);
    if (verb === null) continue;
    anchors.push({ mention, verb, mentionEnd: mention.end });
  }
  const first = anchors[0];
  // "... was echoed by the US delegation, which concurred ...": the passive verb leads.
  const byAgent = first !== undefined && anchors.length === 1 && words.id(first.mention.from - 1) === BY;
  // the sentence's reporting verbs, found once for this reading and `findTrailingPassive`
  const allVerbs = first === undefined || byAgent ? findReportingVerbs(words) : null;
  const verbs = allVerbs ?? NO_VERBS;
  const passive = first === undefined || byAgent ? findPassive(words, mentions, verbs) : null;
  if (passive !== null && first !== undefined && passive.mention === first.mention) {
    return [toClause(text, start, end, passiveAnchor(passive), mentions, 'passive')];
  }
  if (first !== undefined) {
    const clauses: Clause[] = [];
    let clauseStart = start;
    let current = first;
    for (let k = 1; k < anchors.length; k++) {
      const next = anchors[k]!;
      if (next.mention.id === current.mention.id) continue;
      // "..., and they expressed concern": a pronoun opens a clause only after a comma
      const pronoun = next.mention.kind !== 'named';
      if (next.mention.start <= current.verb.end) continue;
      const tailFrom = Math.max(clauseStart, next.mention.start - 24);
      const tail = text.slice(tailFrom, next.mention.start);
      const brk = pronoun
        ? PRONOUN_CLAUSE_RE.exec(tail)
        : (CLAUSE_BREAK_RE.exec(tail) ?? joinsMainClauses(text, current, next, tail, tailFrom));
      if (brk === null) continue;
      const clauseEnd = tailFrom + brk.index;
      clauses.push(toClause(text, clauseStart, clauseEnd, current, mentions, 'active'));
      clauseStart = next.mention.start;
      current = next;
    }
    const trailing = findTrailingPassive(text, words, mentions, current, allVerbs);
    if (trailing !== null) {
      // "The EU welcomed the progress, which was echoed by the US delegation": two speakers
      clauses.push(toClause(text, clauseStart, trailing.breakAt, current, mentions, 'active'));
      clauses.push(toClause(text, trailing.from, end, passiveAnchor(trailing.passive), mentions, 'passive'));
      return clauses;
    }
    const contrast = findContrastVerb(text, words, current);
    if (contrast !== null) {
      // "The US side welcomed the proposal, but expressed concerns about ...": one speaker, two stances
      clauses.push(toClause(text, clauseStart, contrast.breakAt, current, mentions, 'active'));
      clauses.push(toClause(text, contrast.from, end, contrast.anchor, mentions, 'active'));
      return clauses;
    }
    const echo = findAsDid(text, words, mentions, current);
    if (echo !== null) {
      // "The US side welcomed the pilot, as did the EU side": the second speaker, same verb
      clauses.push(toClause(text, clauseStart, echo.breakAt, current, mentions, 'active'));
      clauses.push(toClause(text, echo.from, end, echo.anchor, mentions, 'active'));
      return clauses;
    }
    clauses.push(toClause(text, clauseStart, end, current, mentions, 'active'));
    return clauses;
  }
  if (passive !== null) return [toClause(text, start, end, passiveAnchor(passive), mentions, 'passive')];
  const lead = mentions[0];
  if (lead !== undefined && lead.kind === 'named' && ACCORDING_RE.test(text.slice(start, lead.start))) {
    return [sentenceClause(start, end, mentions, lead, null)];
  }
  if (lead !== undefined && lead.kind === 'possessive' && lead.from === 0) {
    const verb = verbs.find((v) => v.from >= lead.to) ?? null;
    return [sentenceClause(start, end, mentions, lead, verb)];
  }
  if (
    lead !== undefined &&
    lead.kind === 'named' &&
    lead.subjectOnly !== true &&
    isSubjectPosition(text, words, lead, start, 0)
  ) {
    // "Both sides also focused on ...": adverbs may stand before the verb
    let at = skipApposition(text, words, lead);
    const from = at;
    while (at < from + 2 && VERB_ADVERBS.has(words.id(at))) at++;
    if (at < words.length && (SUBJECT_VERBS.has(words.id(at)) || PAST_WORD_RE.test(words.text(at)))) {
      // "The Presidency opened the meeting and welcomed the US delegation": the subject's second verb reports
      const coordinated = verbs.find((v) => v.form === 'past' && v.from > at && words.id(v.from - 1) === AND);
      return [sentenceClause(start, end, mentions, lead, coordinated ?? null)];
    }
  }
  const verb = verbs.find((v) => v.form === 'past' || v.form === 'fixed') ?? null;
  // "US delegation: The opioid crisis remains a priority.": the label names who speaks
  if (lead !== undefined && isSpeakerLabel(text, words, lead))
    return [sentenceClause(start, end, mentions, lead, verb)];
  return [sentenceClause(start, end, mentions, null, verb)];
}

/** ", and" / ", but" / "; " before a pronoun that starts a clause of its own. */
const PRONOUN_CLAUSE_RE = /(?:,\s*(?:and|but|while|whereas)|;)\s*$/;

/**
 * A pronoun after an earlier speaker and a clause break, outside reported speech: "Both sides
 * remain committed to ..., and they expressed concern ..." ("that" before it makes it reported).
 */
function opensClause(text: string, words: Words, m: ActorMention, anchors: readonly Anchor[]): boolean {
  const last = anchors.length > 0 ? anchors[anchors.length - 1] : undefined;
  if (last === undefined || m.start <= last.verb.end) return false;
  if (!PRONOUN_CLAUSE_RE.test(text.slice(Math.max(last.verb.end, m.start - 12), m.start))) return false;
  for (let k = last.verb.to; k < m.from; k++) if (REPORTED_SPEECH.has(words.id(k))) return false;
  return true;
}

const REPORTED_SPEECH = wordSet(['that', 'whether', 'how', 'which', 'who']);
const BY = wordId('by');
const AND = wordId('and');

/** " and " right before a speaker, with no comma ("... as positive and the EU informed ..."). */
const BARE_AND_RE = /\sand\s+$/;
/** Words that make what follows reported speech or a relative clause, not a clause of its own. */
const SUBORDINATOR_RE = /\b(?:that|which|who|whom|whose|how|whether|what|when|where|why|if|between|both)\b/i;
const FINITE_FORMS = new Set(['past', 'present', 'fixed']);

/**
 * "Both sides assessed its implementation as positive and the EU informed the US ...": two main
 * clauses joined by "and" without a comma, each with its speaker and a finite reporting verb.
 * Not when a subordinator stands between ("welcomed that Europol and the US ..."): returns the
 * break (like `CLAUSE_BREAK_RE`'s match, relative to `tail`), or null.
 */
function joinsMainClauses(
  text: string,
  current: Anchor,
  next: Anchor,
  tail: string,
  tailFrom: number,
): { index: number } | null {
  const and = BARE_AND_RE.exec(tail);
  if (and === null || !FINITE_FORMS.has(next.verb.form) || !FINITE_FORMS.has(current.verb.form)) return null;
  if (tailFrom + and.index < current.verb.end) return null;
  const between = text.slice(current.verb.end, next.mention.start);
  return SUBORDINATOR_RE.test(between) ? null : { index: and.index };
}

/** ", Tomasz Siemoniak, " after a subject: a name or short phrase between commas. */
const APPOSITION_RE = /^,\s[^,.;:()]{1,60},\s/;

/** The token after a comma-enclosed apposition that follows `lead` ("The Minister, X Y, opened"), else `lead.to`. */
function skipApposition(text: string, words: Words, lead: ActorMention): number {
  const m = APPOSITION_RE.exec(text.slice(lead.end, lead.end + 66));
  if (m === null) return lead.to;
  const after = lead.end + m[0].length;
  let j = lead.to;
  while (j < words.length && words.start(j) < after) j++;
  return j;
}

const LAST_COMMA_RE = /,\s*(?=[^,]*$)/;
const LAST_AND_RE = /\s+and\s+(?!.*\sand\s)/;

/**
 * A passive agent after the active speaker's verb, in a clause of its own after a comma: "...,
 * which was echoed by the US delegation", "..., a view that was shared by Europol". Returns the
 * passive reading and where the sentence divides (the comma ends the first clause, the words after
 * it start the second), or null. `verbs` are the sentence's reporting verbs when already found.
 */
function findTrailingPassive(
  text: string,
  words: Words,
  mentions: ActorMention[],
  active: Anchor,
  verbs: readonly VerbMatch[] | null,
): { passive: { mention: ActorMention; verb: VerbMatch }; breakAt: number; from: number } | null {
  const agentAfter = mentions.some(
    (m) =>
      m.kind === 'named' &&
      m.id !== active.mention.id &&
      m.start > active.verb.end &&
      words.id(m.from - 1) === BY,
  );
  if (!agentAfter) return null;
  const verbsAfter = (verbs ?? findReportingVerbs(words)).filter((v) => v.from >= active.verb.to);
  const passive = findPassive(words, mentions, verbsAfter);
  if (passive === null || passive.mention.id === active.mention.id || passive.verb.start <= active.verb.end)
    return null;
  const between = text.slice(active.verb.end, passive.verb.start);
  // the last comma, or the last " and " ("... and the timelines were presented by the Commission")
  const comma = LAST_COMMA_RE.exec(between);
  const and = LAST_AND_RE.exec(between);
  const cut = comma !== null && (and === null || comma.index > and.index) ? comma : and;
  if (cut === null) return null;
  return {
    passive,
    breakAt: active.verb.end + cut.index,
    from: active.verb.end + cut.index + cut[0].length,
  };
}

const AS_DID_RE = /,\s*as\s+(did|do|does|had|has|have|was|were)\s+$/;
/** The verbs of `AS_DID_RE`, and its "as": a match needs them as the two words before the mention. */
const AS_DID_VERBS = wordSet('did do does had has have was were'.split(' '));
const AS = wordId('as');

/**
 * ", as did the EU side" after the active speaker's verb: another speaker of the same verb, read
 * with that verb's lemma and stance on the word "did". Returns the second anchor, where the
 * first clause ends and where the second starts ("as"), or null.
 */
function findAsDid(
  text: string,
  words: Words,
  mentions: ActorMention[],
  active: Anchor,
): { anchor: Anchor; breakAt: number; from: number } | null {
  for (const m of mentions) {
    if (m.kind !== 'named' || m.id === active.mention.id || m.start <= active.verb.end) continue;
    // the words "as did" (or "as has", ...) right before the mention, or no match
    if (!AS_DID_VERBS.has(words.id(m.from - 1)) || words.id(m.from - 2) !== AS) continue;
    const from = Math.max(active.verb.end, m.start - 20);
    const as = AS_DID_RE.exec(text.slice(from, m.start));
    if (as === null) continue;
    const verb: VerbMatch = {
      ...active.verb,
      form: 'fixed',
      from: m.from - 1,
      to: m.from,
      start: words.start(m.from - 1),
      end: words.end(m.from - 1),
    };
    return {
      anchor: { mention: m, verb, mentionEnd: m.end },
      breakAt: from + as.index,
      from: from + as.index + as[0].indexOf('as'),
    };
  }
  return null;
}

/**
 * The same speaker's second verb after ", but" ("welcomed the proposal, but expressed concerns
 * about ...", "but also stressed"): a past-form reporting verb right after "but" and its adverbs.
 * Where the first clause ends (the comma) and the second starts (its verb); null if none.
 */
function findContrastVerb(
  text: string,
  words: Words,
  active: Anchor,
): { anchor: Anchor; breakAt: number; from: number } | null {
  for (let k = active.verb.to; k + 1 < words.length; k++) {
    if (words.id(k) !== BUT) continue;
    const comma = text.lastIndexOf(',', words.start(k));
    if (comma < active.verb.end || !isGapText(text, comma + 1, words.start(k))) continue;
    let j = k + 1;
    while (j < k + 3 && VERB_ADVERBS.has(words.id(j))) j++;
    const verb = matchReportingVerbAt(words, j);
    if (verb === null || verb.form !== 'past') continue;
    const anchor: Anchor = { mention: active.mention, verb, mentionEnd: active.mentionEnd };
    if (active.subject !== undefined) anchor.subject = active.subject;
    return { anchor, breakAt: comma, from: verb.start };
  }
  return null;
}

const BUT = wordId('but');

/** The whole sentence as one clause, spoken by `mention` (or nobody). */
function sentenceClause(
  start: number,
  end: number,
  mentions: ActorMention[],
  mention: ActorMention | null,
  verb: VerbMatch | null,
): Clause {
  return {
    start,
    end,
    mention,
    mentionStart: mention === null ? start : mention.start,
    mentionEnd: mention === null ? start : mention.end,
    verb,
    voice: verb === null ? 'none' : 'active',
    subject: mention,
    named: namedWithin(mentions, 0, Number.POSITIVE_INFINITY),
  };
}

/** No mention (shared, read-only). */
const NO_MENTIONS: readonly ActorMention[] = [];

/**
 * The named mentions lying within offsets [start, end], in order: `mentions.filter` of them,
 * without a new empty array for a clause that names nobody (most sentences).
 */
function namedWithin(mentions: readonly ActorMention[], start: number, end: number): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  for (const m of mentions) {
    if (m.kind !== 'named' || m.start < start || m.end > end) continue;
    if (out === null) out = [];
    out.push(m);
  }
  return out ?? NO_MENTIONS;
}

function passiveAnchor(p: { mention: ActorMention; verb: VerbMatch }): Anchor {
  return { mention: p.mention, verb: p.verb, mentionEnd: p.mention.end };
}

function toClause(
  text: string,
  start: number,
  end: number,
  anchor: Anchor,
  mentions: ActorMention[],
  voice: 'active' | 'passive',
): Clause {
  let e = end;
  while (e > start && isTrailingPunctuation(text.charCodeAt(e - 1))) e--;
  return {
    start,
    end: e,
    mention: anchor.mention,
    mentionStart: anchor.mention.start,
    mentionEnd: anchor.mentionEnd,
    verb: anchor.verb,
    voice,
    subject: anchor.subject ?? anchor.mention,
    named: namedWithin(mentions, start, e),
  };
}
