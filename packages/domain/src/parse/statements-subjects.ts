import type { ActorMention } from './actors.js';
import { isAsciiLetter, isDigit, isWhiteSpace } from './char-classes.js';
import { lexiconWordSet, tokenizeWords, type Words, wordId, wordSet } from './statements-words.js';
import { matchReportingVerbAt, type VerbMatch } from './verbs.js';

/*
 * How a subject meets its reporting verb: adverbs and auxiliaries in between, insertions, the
 * passive agent, the position a pronoun may take. Used by `readClauses`.
 */

/** Words that may stand between a subject and its verb ("The EU also welcomed", "It has managed"). */
const GAP_WORDS = wordSet(
  (
    'also further briefly both all then again strongly fully once furthermore moreover particularly notably explicitly ' +
    'repeatedly likewise similarly equally warmly firmly clearly jointly subsequently finally additionally in turn ' +
    'has have had is are was were will would shall should can could may might must been being be did does do ' +
    'continues continued continue remain remains remained wishes wished intends intended wants wanted would like ' +
    'which who furthermore however therefore thus duly very much broadly generally specifically expressly formally ' +
    'emphatically readily openly rightly together each now currently still already recently today later meanwhile ' +
    'respectively'
  ).split(' '),
);
/** Gap words after which "to" may follow ("continues to encourage", "would like to"). */
const TO_TAKERS = wordSet(
  'continues continued continue wishes wished intends intended wants wanted like remain remains remained'.split(
    ' ',
  ),
);
/** Forms of "be" that make the participle after them a passive ("was invited", "were informed"). */
const BE_FORMS = ['was', 'were', 'is', 'are', 'been', 'being', 'be'];
const PASSIVE_AUXILIARIES = wordSet(BE_FORMS);
/** Auxiliaries of a passive ("was echoed by", "were also identified ... by"). */
const BE_WORDS = wordSet([...BE_FORMS, 'as']);
const COMMA_END_RE = /,\s*$/;
const AND_END_RE = /\b(?:and|or)\s*,?\s*$/;
/** Words after which a verb stands in its base form ("will host", "continues to encourage", "did note"). */
const BASE_LICENSERS = wordSet('will would shall should can could may might must did does do to'.split(' '));
/** Verbs whose object is the subject of the next infinitive: "allowed parties to take note". */
const INFINITIVE_HOSTS = wordSet(['allowed', 'allow', 'allows', 'enabled', 'enable', 'enables', 'permitted']);
const THAT = wordId('that');
const IT = wordId('it');
const NOT = wordId('not');
const TO = wordId('to');
const OF = wordId('of');
const THE = wordId('the');
const BY = wordId('by');
const PLURAL_PRONOUNS = new Set(['they', 'we']);
/**
 * Whether `text.slice(from, to)` is only white space and commas (what `/^[\s,]*$/` accepts), after
 * a footnote call the tokenizer left out of the word before ("The Commission2 informed").
 */
export function isGapText(text: string, from: number, to: number): boolean {
  const call = from > 0 && isAsciiLetter(text.charCodeAt(from - 1)) ? digitsAt(text, from, to) : 0;
  for (let k = from + call; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 44 && !isWhiteSpace(c)) return false;
  }
  return true;
}
const MAX_GAP = 4;

/** How many digits (at most two) stand at `from`, before `to`. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  while (n < 2 && from + n < to && isDigit(text.charCodeAt(from + n))) n++;
  return n;
}

const MAX_PASSIVE_REACH = 8;

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
export function isSubjectPosition(
  text: string,
  words: Words,
  m: ActorMention,
  start: number,
  anchorsSoFar: number,
): boolean {
  if (m.from === 0) return true;
  if (anchorsSoFar > 0) return false;
  const before = text.slice(Math.max(start, m.start - 16), m.start);
  if (!COMMA_END_RE.test(before) || m.from - 1 >= words.length || AND_END_RE.test(before)) return false;
  // "... stressed that, together, we can ...": a pronoun in reported speech speaks for nobody here
  for (let k = 0; k < m.from; k++) if (words.id(k) === THAT) return false;
  return true;
}

/**
 * The reporting verb right after the subject `mention`, allowing an insertion, adverbs and
 * auxiliaries in between; a base form only after a plural subject or an auxiliary; "to" only
 * after "continues" and the like, or when the subject is the object of "allowed".
 */
export function verbAfterSubject(text: string, words: Words, mention: ActorMention): VerbMatch | null {
  const from = mention.to;
  const infinitive = INFINITIVE_HOSTS.has(words.id(mention.from - 1));
  // the first word after an insertion ("The US delegation (DOJ) presented"), and where it ends
  let j = from;
  let prevEnd = mention.end;
  const insertionEnd = insertionAfter(text, mention.end);
  if (insertionEnd >= 0) {
    while (j < words.length && words.start(j) < insertionEnd) j++;
    prevEnd = insertionEnd;
  }
  const ofPhrase = skipOfPhrase(text, words, j);
  if (ofPhrase !== null) {
    j = ofPhrase;
    prevEnd = words.end(j - 1);
  }
  // a base form is licensed by a plural subject or an auxiliary; the subject's number is read
  // only when a base form or "not" asks for it (most subjects are followed by a finite verb)
  let auxiliary = false;
  let futureAt = -1;
  for (let skipped = 0; skipped <= MAX_GAP; skipped++) {
    if (j >= words.length) return futureAt >= 0 ? futureVerb(words, futureAt) : null;
    const id = words.id(j);
    const tokStart = words.start(j);
    if (
      tokStart - prevEnd > 6 ||
      !(isGapText(text, prevEnd, tokStart) || (j === from && isSpeakerLabel(text, words, mention)))
    )
      return null;
    const verb = matchReportingVerbAt(words, j);
    if (verb !== null) {
      // "The Commission was invited to present ...": a named subject under a passive is spoken to,
      // not speaking (but "It was agreed that ...", read as both sides, is their joint voice)
      if (
        mention.kind === 'named' &&
        words.id(mention.from) !== IT &&
        j > from &&
        PASSIVE_AUXILIARIES.has(words.id(j - 1)) &&
        (verb.form === 'past' || verb.form === 'participle')
      )
        return null;
      // A bare base form needs a plural subject or an auxiliary: "the EU report on ..." is a noun.
      if (verb.form === 'base' && !auxiliary && !isPlural(text, mention)) return null;
      // "Neither side could confirm the date": both sides, the verb denied
      if (words.id(mention.from) === NEITHER) return deniedVerb(verb, verb.from, verb.start);
      // "The US and the EU will continue to share information": what a subject will do is a commitment
      return futureAt >= 0 && verb.stance !== 'commitment' ? { ...verb, stance: 'commitment' } : verb;
    }
    // "did not support", "could not confirm": a reporting verb denied reads as concern
    if (id === NOT && (auxiliary || isPlural(text, mention))) return negatedVerb(words, j);
    if (BASE_LICENSERS.has(id)) auxiliary = true;
    if (futureAt < 0 && FUTURE_AUXILIARIES.has(id)) futureAt = j;
    const gapOk =
      GAP_WORDS.has(id) ||
      (id === TO && ((j > from && TO_TAKERS.has(words.id(j - 1))) || (j === from && infinitive)));
    // "The two sides will spare no effort ...", "The US will also continue its support": a
    // subject's "will" + a verb that reports nothing is a commitment
    if (!gapOk) return futureAt >= 0 ? futureVerb(words, futureAt) : null;
    prevEnd = words.end(j);
    j++;
  }
  return futureAt >= 0 ? futureVerb(words, futureAt) : null;
}

/**
 * Whether `mention` opens its sentence as a speaker's label: "US: informed that ...", "COM:
 * welcomed ...", "US delegation: The opioid crisis remains a priority."
 */
export function isSpeakerLabel(text: string, words: Words, mention: ActorMention): boolean {
  if (mention.from !== 0 || mention.kind !== 'named') return false;
  let k = mention.end;
  while (k < mention.end + 3 && isWhiteSpace(text.charCodeAt(k))) k++;
  return text.charCodeAt(k) === COLON && (mention.to >= words.length || words.start(mention.to) > k);
}

const COLON = 58;

/** "not" + a reporting verb in its base form: lemma "not <lemma>", stance concern; else null. */
function negatedVerb(words: Words, notAt: number): VerbMatch | null {
  const verb = matchReportingVerbAt(words, notAt + 1);
  if (verb === null || verb.form !== 'base') return null;
  return deniedVerb(verb, notAt, words.start(notAt));
}

/** A reporting verb denied: lemma "not <lemma>", stance concern, from word `from` (offset `start`). */
function deniedVerb(verb: VerbMatch, from: number, start: number): VerbMatch {
  return { ...verb, lemma: `not ${verb.lemma}`, stance: 'concern', form: 'fixed', from, start };
}

const NEITHER = wordId('neither');

const FUTURE_AUXILIARIES = wordSet(['will', 'shall']);
/** Words after "will" that make no commitment ("will be", "will not"; adverbs are skipped as gap words). */
const NOT_COMMITTING = wordSet('be not have need depend require remain'.split(' '));
const LOWER_WORD_RE = /^[a-z][a-z-]*$/;

/**
 * The verb after "will" (at `willAt`) and its adverbs, as a commitment whose lemma is the verb
 * ("will also continue" → continue); null for "will be", "will not" and the like.
 */
function futureVerb(words: Words, willAt: number): VerbMatch | null {
  let j = willAt + 1;
  while (j < willAt + 3 && VERB_ADVERBS.has(words.id(j))) j++;
  if (j >= words.length || !LOWER_WORD_RE.test(words.text(j))) return null;
  const id = words.id(j);
  if (NOT_COMMITTING.has(id) || (GAP_WORDS.has(id) && !TO_TAKERS.has(id))) return null;
  return {
    lemma: words.lower(j),
    stance: 'commitment',
    form: 'fixed',
    from: willAt,
    to: j + 1,
    start: words.start(willAt),
    end: words.end(j),
  };
}

/** Adverbs that may stand right before a subject's verb ("Both sides also focused", "will also continue"). */
export const VERB_ADVERBS = wordSet(
  'also further then again jointly soon now together still subsequently furthermore moreover likewise similarly'.split(
    ' ',
  ),
);

const MAX_OF_PHRASE = 8;

/**
 * "The participants of the videoconference agreed", "the Portuguese Presidency of the Council of
 * the European Union hosted": an "of the ..." phrase between a subject and its finite reporting
 * verb, without punctuation. Returns the index of the verb's token, or null.
 */
function skipOfPhrase(text: string, words: Words, j: number): number | null {
  if (words.id(j) !== OF || words.id(j + 1) !== THE) return null;
  for (let k = j + 2; k < Math.min(words.length, j + 2 + MAX_OF_PHRASE); k++) {
    const prevEnd = words.end(k - 1);
    if (words.start(k) !== prevEnd + 1 || text.charCodeAt(prevEnd) !== 32) return null;
    const verb = matchReportingVerbAt(words, k);
    if (verb !== null)
      return verb.form === 'past' || verb.form === 'present' || verb.form === 'fixed' ? k : null;
  }
  return null;
}

/**
 * A parenthesis, comma- or dash-enclosed insertion after a subject: "The US delegation (DOJ)
 * presented", "Europol, represented by its Director, informed", "The US side – represented by DHS –
 * presented".
 */
export const INSERTION_RE =
  /^\s*(?:\([^()\n]{1,80}\)|,[^,;.()\n]{1,80},|([–—-])\s[^–—;.()\n]{1,80}?\s\1(?=\s)|,?\s*(?:for (?:its|their|his|her) part|in (?:turn|particular|response|return|addition|this regard|that regard|this context|that context))\b,?)/i;

const INSERTION_SKIP_RE = /^,\s*(?:which|who|and|but|while|whereas)\b/;

/**
 * Where an insertion right after a subject (ending at `at`) ends, or -1: `INSERTION_RE` on the
 * text after it, unless the insertion opens a clause of its own (", which ...").
 */
function insertionAfter(text: string, at: number): number {
  if (!mayOpenInsertion(text, at, Math.min(text.length, at + 90))) return -1;
  const m = INSERTION_RE.exec(text.slice(at, at + 90));
  if (m === null || INSERTION_SKIP_RE.test(m[0].trimStart())) return -1;
  return at + m[0].length;
}

/**
 * A cheap necessary condition of `INSERTION_RE` on `text.slice(at, limit)`: after white space, an
 * insertion starts with "(", ",", a dash ("– represented by DHS –") or the "f" / "i" of "for its
 * part" / "in turn" (either case).
 * Most subjects are followed by their verb, and this rules them out without a slice or a RegExp.
 */
export function mayOpenInsertion(text: string, at: number, limit: number): boolean {
  let k = at;
  while (k < limit && isWhiteSpace(text.charCodeAt(k))) k++;
  if (k >= limit) return false;
  const c = text.charCodeAt(k);
  return (
    c === 40 ||
    c === 44 ||
    c === 102 ||
    c === 70 ||
    c === 105 ||
    c === 73 ||
    c === 45 ||
    c === 0x2013 ||
    c === 0x2014
  );
}

/** Participles that report without a stance of their own: the subject noun gives it ("Concerns were raised"). */
const NEUTRAL_PARTICIPLES = new Map([
  ['raised', 'raise'],
  ['voiced', 'voice'],
  ['expressed', 'express'],
  // "A presentation was given by the FBI", "An update was provided by the Commission"
  ['given', 'give'],
  ['provided', 'provide'],
  ['made', 'make'],
  ['delivered', 'deliver'],
]);
/** Words between "by" and a passive agent ("... was expressed by several Member States"). */
const AGENT_QUANTIFIERS = wordSet([
  'several',
  'some',
  'many',
  'most',
  'all',
  'certain',
  'various',
  'numerous',
]);
/** The neutral participles by vocabulary id: most words are ruled out without a string lookup. */
const NEUTRAL_IDS = lexiconWordSet([...NEUTRAL_PARTICIPLES.keys()]);
/** Words that end the head of a passive subject ("Concerns about data localisation were raised"). */
const SUBJECT_STOPS = wordSet(
  'about on over regarding concerning as of in for with to from at by that which'.split(' '),
);
const MAX_SUBJECT_WORDS = 3;

/**
 * "... was echoed by the US delegation", "... were also identified as areas of focus by the US
 * delegation", "Concerns about data localisation were raised by the US delegation": a participle
 * after a form of "be", then "by" and a named actor within a few words. The stance comes from the
 * participle, or from the phrase it makes with the subject noun ("raised" + "Concerns" reads as
 * "raise concerns", concern; "Support ... was reaffirmed" as "reaffirm support", support; "A
 * presentation was given" as "give a presentation", information); a neutral participle (raised,
 * voiced, expressed, given, provided, made, delivered) with no such phrase reads as information.
 * The agent may follow a quantifier ("by several Member States").
 *
 * Fast path: every such reading ends in "by" and a named agent, so a sentence without a named
 * mention right after "by" (most sentences) is not searched; the same as `readPassive` alone.
 */
export function findPassive(
  words: Words,
  mentions: ActorMention[],
  verbs: readonly VerbMatch[],
): { mention: ActorMention; verb: VerbMatch } | null {
  return hasNamedAgent(words, mentions) ? readPassive(words, mentions, verbs) : null;
}

/** Whether some named mention follows the word "by", as a passive agent does ("... echoed by the US"). */
export function hasNamedAgent(words: Words, mentions: readonly ActorMention[]): boolean {
  for (const m of mentions) if (m.kind === 'named' && agentByAt(words, m) >= 0) return true;
  return false;
}

/**
 * Where the "by" before an agent stands ("by the US", "by several Member States"), or -1. Some of
 * both sides ("by several participants", "by some delegations") are nobody in particular.
 */
function agentByAt(words: Words, m: ActorMention): number {
  if (words.id(m.from - 1) === BY) return m.from - 1;
  return m.side !== 'both' && AGENT_QUANTIFIERS.has(words.id(m.from - 1)) && words.id(m.from - 2) === BY
    ? m.from - 2
    : -1;
}

/** `findPassive` without its fast path: searches every participle of the sentence. */
export function readPassive(
  words: Words,
  mentions: ActorMention[],
  verbs: readonly VerbMatch[],
): { mention: ActorMention; verb: VerbMatch } | null {
  const candidates: VerbMatch[] = verbs.filter((v) => v.form === 'participle' || v.form === 'past');
  for (let i = 0; i < words.length; i++) {
    const id = words.id(i);
    const base = NEUTRAL_IDS.has(id) ? NEUTRAL_PARTICIPLES.get(words.lower(i)) : undefined;
    if (base !== undefined && !verbs.some((v) => v.from <= i && i < v.to)) {
      candidates.push({
        lemma: base,
        stance: 'information',
        form: 'participle',
        from: i,
        to: i + 1,
        start: words.start(i),
        end: words.end(i),
      });
    }
  }
  candidates.sort((a, b) => a.from - b.from);
  for (const verb of candidates) {
    const auxAt = BE_WORDS.has(words.id(verb.from - 1))
      ? verb.from - 1
      : BE_WORDS.has(words.id(verb.from - 2))
        ? verb.from - 2
        : -1;
    if (auxAt < 0) continue;
    for (let j = verb.to; j < Math.min(words.length, verb.to + MAX_PASSIVE_REACH); j++) {
      if (words.id(j) !== BY) continue;
      const agent = mentions.find((m) => m.kind === 'named' && agentByAt(words, m) === j);
      if (agent !== undefined) return { mention: agent, verb: readSubjectPhrase(words, auxAt, verb) };
      break;
    }
  }
  return null;
}

/** The verb phrase the participle makes with the head of its subject ("raise" + "concerns"), else `verb`. */
function readSubjectPhrase(words: Words, auxAt: number, verb: VerbMatch): VerbMatch {
  let end = 0;
  while (end < auxAt && !SUBJECT_STOPS.has(words.id(end))) end++;
  if (end === 0 || end > MAX_SUBJECT_WORDS) return verb;
  let phrase = verb.lemma.split(' ')[0] as string;
  for (let k = 0; k < end; k++) phrase += ` ${words.lower(k)}`;
  const phraseWords = tokenizeWords(phrase, 0, phrase.length);
  const match = matchReportingVerbAt(phraseWords, 0);
  if (match === null || match.to !== phraseWords.length || match.to < 2) return verb;
  return { ...verb, lemma: match.lemma, stance: match.stance };
}
