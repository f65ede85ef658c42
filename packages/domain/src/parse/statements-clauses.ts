import { type ActorMention, findActorMentions } from './actors.js';
import { type Token, tokenizeWords } from './statements-phrases.js';
import { findReportingVerbs, matchReportingVerbAt, type VerbMatch } from './verbs.js';

/**
 * One speaker's part of a sentence: who (a mention, possibly a pronoun still to resolve),
 * the reporting verb, the voice, and the slice of the sentence it covers.
 */
export interface Clause {
  start: number;
  end: number;
  mention: ActorMention | null;
  /** Span of the words naming the speaker; wider than `mention` for "X joined Y in welcoming". */
  mentionStart: number;
  mentionEnd: number;
  verb: VerbMatch | null;
  voice: 'active' | 'passive' | 'none';
  /** The grammatical subject when it differs from `mention` ("The US delegation" joined ...): what "It" refers to next. */
  subject: ActorMention | null;
  /** All actors named inside the clause (for "The latter"). */
  named: ActorMention[];
}

/** Words that may stand between a subject and its verb ("The EU also welcomed", "It has managed"). */
const GAP_WORDS = new Set(
  (
    'also further briefly both all then again strongly fully once furthermore moreover particularly notably explicitly ' +
    'repeatedly likewise similarly equally warmly firmly clearly jointly subsequently finally additionally in turn ' +
    'has have had is are was were will would shall should can could may might must been being be did does do ' +
    'continues continued continue remains remained wishes wished intends intended wants wanted would like ' +
    'which who furthermore however therefore thus duly very much broadly generally specifically expressly formally ' +
    'emphatically readily openly rightly together each now currently still already recently today later meanwhile'
  ).split(' '),
);
/** Gap words after which "to" may follow ("continues to encourage", "would like to"). */
const TO_TAKERS = new Set(
  'continues continued continue wishes wished intends intended wants wanted like remains'.split(' '),
);
/** Auxiliaries of a passive ("was echoed by", "were also identified ... by"). */
const BE_WORDS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'as']);
/** "According to the US delegation, ..." opens a sentence whose speaker is that actor. */
const ACCORDING_RE = /^\s*(?:according to|in the view of|as explained by|as stated by)\s+$/i;
/** A word after a sentence-initial subject that shows it is the subject ("The US has admitted ..."). */
const SUBJECT_VERBS = new Set(
  (
    'has have had is are was were will would shall should can could may might must does did continues continued ' +
    'remains remained considers considered believes believed wants wishes intends plans planned hopes expects sees ' +
    'is sought seeks aims aimed launched started adopted set held met took gave made had saw came began led brought ' +
    'spoke sent kept left put'
  ).split(' '),
);
const CLAUSE_BREAK_RE = /(?:[,;:]\s*(?:whereas|while|whilst|but|and)?|\s(?:whereas|whilst))\s*$/;
const PAST_WORD_RE = /^[a-z]+ed$/;
const TRAILING_PUNCT_RE = /[\s,;:]/;
const COMMA_END_RE = /,\s*$/;
const AND_END_RE = /\b(?:and|or)\s*,?\s*$/;
/** Words after which a verb stands in its base form ("will host", "continues to encourage", "did note"). */
const BASE_LICENSERS = new Set('will would shall should can could may might must did does do to'.split(' '));
/** Verbs whose object is the subject of the next infinitive: "allowed parties to take note". */
const INFINITIVE_HOSTS = new Set(['allowed', 'allow', 'allows', 'enabled', 'enable', 'enables', 'permitted']);
const PLURAL_PRONOUNS = new Set(['they', 'we']);
const GAP_TEXT_RE = /^[\s,]*$/;
const MAX_GAP = 4;

interface Anchor {
  mention: ActorMention;
  verb: VerbMatch;
  mentionEnd: number;
  subject?: ActorMention;
}
const MAX_PASSIVE_REACH = 8;

/**
 * Reads the speakers of one sentence and cuts it into clauses, one per speaker:
 * "The US side stated ..., whereas the EU side noted ..." gives two clauses, each a contiguous
 * slice. The first speaker is the first actor directly followed by a reporting verb
 * (after an introductory clause: "On encryption, the US delegation noted ..."); else a passive
 * agent ("... was echoed by the US delegation"); else a sentence-initial possessive ("Its Task
 * Force ... invited"); else a sentence-initial subject without a lexicon verb ("The US has
 * admitted ..."); else the sentence is one clause without speaker. `words` are the sentence's
 * tokens when the caller has them already.
 */
export function readClauses(text: string, start: number, end: number, words?: readonly Token[]): Clause[] {
  const tokens = words ?? tokenizeWords(text, start, end);
  const mentions = findActorMentions(text, tokens);
  const anchors: Anchor[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'named' && !isSubjectPosition(text, tokens, mention, start, anchors.length))
      continue;
    const infinitive = INFINITIVE_HOSTS.has(tokens[mention.from - 1]?.lower ?? '');
    const verb = verbAfter(text, tokens, mention.to, isPlural(text, mention), infinitive);
    if (verb === null) continue;
    anchors.push({ mention, verb, mentionEnd: mention.end });
  }
  const first = anchors[0];
  // "... was echoed by the US delegation, which concurred ...": the passive verb leads.
  const byAgent =
    first !== undefined && anchors.length === 1 && tokens[first.mention.from - 1]?.lower === 'by';
  const verbs = first === undefined || byAgent ? findReportingVerbs(tokens) : [];
  const passive = first === undefined || byAgent ? findPassive(tokens, mentions, verbs) : null;
  if (passive !== null && first !== undefined && passive.mention === first.mention) {
    return [toClause(text, start, end, passiveAnchor(passive), mentions, 'passive')];
  }
  if (first !== undefined) {
    const clauses: Clause[] = [];
    let clauseStart = start;
    let current = first;
    for (let k = 1; k < anchors.length; k++) {
      const next = anchors[k]!;
      if (next.mention.id === current.mention.id || next.mention.kind !== 'named') continue;
      const tailFrom = Math.max(clauseStart, next.mention.start - 24);
      const brk = CLAUSE_BREAK_RE.exec(text.slice(tailFrom, next.mention.start));
      if (brk === null || next.mention.start <= current.verb.end) continue;
      const clauseEnd = tailFrom + brk.index;
      clauses.push(toClause(text, clauseStart, clauseEnd, current, mentions, 'active'));
      clauseStart = next.mention.start;
      current = next;
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
  if (lead !== undefined && lead.kind === 'named' && isSubjectPosition(text, tokens, lead, start, 0)) {
    const next = tokens[lead.to];
    if (next !== undefined && (SUBJECT_VERBS.has(next.lower) || PAST_WORD_RE.test(next.text))) {
      return [sentenceClause(start, end, mentions, lead, null)];
    }
  }
  const verb = verbs.find((v) => v.form === 'past' || v.form === 'fixed') ?? null;
  return [sentenceClause(start, end, mentions, null, verb)];
}

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
    named: mentions.filter(isNamed),
  };
}

function isNamed(m: ActorMention): boolean {
  return m.kind === 'named';
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
  while (e > start && TRAILING_PUNCT_RE.test(text[e - 1] as string)) e--;
  return {
    start,
    end: e,
    mention: anchor.mention,
    mentionStart: anchor.mention.start,
    mentionEnd: anchor.mentionEnd,
    verb: anchor.verb,
    voice,
    subject: anchor.subject ?? anchor.mention,
    named: mentions.filter((m) => m.kind === 'named' && m.start >= start && m.end <= e),
  };
}

/** Whether a subject takes a plural verb ("Both sides welcome", "They note"). */
function isPlural(text: string, m: ActorMention): boolean {
  if (
    m.side === 'both' ||
    m.id === 'member-states' ||
    (m.to - m.from > 2 && text.slice(m.start, m.end).includes(' and '))
  ) {
    return true;
  }
  return m.kind !== 'named' && PLURAL_PRONOUNS.has(text.slice(m.start, m.end).toLowerCase());
}

/** Pronouns count as subjects only at the start of the sentence or right after an introductory clause. */
function isSubjectPosition(
  text: string,
  tokens: readonly Token[],
  m: ActorMention,
  start: number,
  anchorsSoFar: number,
): boolean {
  if (m.from === 0) return true;
  if (anchorsSoFar > 0) return false;
  const before = text.slice(Math.max(start, m.start - 16), m.start);
  return COMMA_END_RE.test(before) && tokens[m.from - 1] !== undefined && !AND_END_RE.test(before);
}

/** The reporting verb right after a subject, allowing an insertion, adverbs and auxiliaries in between. */
function verbAfter(
  text: string,
  tokens: readonly Token[],
  from: number,
  plural: boolean,
  infinitive = false,
): VerbMatch | null {
  const skip = skipInsertion(text, tokens, from);
  let j = skip.index;
  let prevEnd = skip.end;
  let licensed = plural;
  for (let skipped = 0; skipped <= MAX_GAP; skipped++) {
    const tok = tokens[j];
    if (tok === undefined) return null;
    if (prevEnd !== null && (tok.start - prevEnd > 4 || !GAP_TEXT_RE.test(text.slice(prevEnd, tok.start))))
      return null;
    const verb = matchReportingVerbAt(tokens, j);
    // A bare base form needs a plural subject or an auxiliary: "the EU report on ..." is a noun.
    if (verb !== null) return verb.form === 'base' && !licensed ? null : verb;
    if (BASE_LICENSERS.has(tok.lower)) licensed = true;
    const gapOk =
      GAP_WORDS.has(tok.lower) || (tok.lower === 'to' && ((j > from && TO_TAKERS.has(tokens[j - 1]!.lower)) || (j === from && infinitive)));
    if (!gapOk) return null;
    prevEnd = tok.end;
    j++;
  }
  return null;
}

/** A parenthesis or comma-enclosed insertion after a subject: "The US delegation (DOJ) presented", "Europol, represented by its Director, informed". */
const INSERTION_RE =
  /^\s*(?:\([^()\n]{1,80}\)|,[^,;.()\n]{1,80},|,?\s*(?:for (?:its|their|his|her) part|in (?:turn|particular|response|return|addition|this regard|that regard|this context|that context))\b,?)/i;

const INSERTION_SKIP_RE = /^,\s*(?:which|who|and|but|while|whereas)\b/;

/** The first token after an insertion that follows token `from - 1` and where the insertion ends; else `from`. */
function skipInsertion(
  text: string,
  tokens: readonly Token[],
  from: number,
): { index: number; end: number | null } {
  const at = tokens[from - 1]?.end;
  if (at === undefined) return { index: from, end: null };
  const m = INSERTION_RE.exec(text.slice(at, at + 90));
  if (m === null || INSERTION_SKIP_RE.test(m[0].trimStart())) return { index: from, end: at };
  const after = at + m[0].length;
  let j = from;
  while (j < tokens.length && (tokens[j] as Token).start < after) j++;
  return { index: j, end: after };
}

/** "... was echoed by the US delegation", "... were also identified as areas of focus by the US delegation". */
function findPassive(
  tokens: readonly Token[],
  mentions: ActorMention[],
  verbs: VerbMatch[],
): { mention: ActorMention; verb: VerbMatch } | null {
  for (const verb of verbs) {
    if (verb.form !== 'participle' && verb.form !== 'past') continue;
    const aux = [tokens[verb.from - 1], tokens[verb.from - 2]].some(
      (t) => t !== undefined && BE_WORDS.has(t.lower),
    );
    if (!aux) continue;
    for (let j = verb.to; j < Math.min(tokens.length, verb.to + MAX_PASSIVE_REACH); j++) {
      if (tokens[j]!.lower !== 'by') continue;
      const agent = mentions.find((m) => m.from === j + 1 && m.kind === 'named');
      if (agent !== undefined) return { mention: agent, verb };
      break;
    }
  }
  return null;
}
