import { ACTOR_PRONOUNS, ACTORS, US_SECRETARIES } from '../lexicon/actors.js';
import { findPresidencyByAdjective, findPresidencyByCode } from '../lexicon/presidencies.js';
import type { Side } from '../schema/statement.js';
import { isCapital, isDigit } from './char-classes.js';
import { type PhraseMatch, PhraseTrie } from './statements-phrases.js';
import { type Words, wordId, wordSet } from './statements-words.js';

/** How a mention names its actor: by name, or by a pronoun to be resolved. */
export type MentionKind = 'named' | 'pronoun' | 'possessive' | 'latter';

/** An actor named in a sentence, with token range [from, to) and absolute offsets. */
export interface ActorMention {
  id: string;
  side: Side;
  kind: MentionKind;
  /** It names its actor only as a subject ("The meeting reaffirmed", "The US partners announced"). */
  subjectOnly?: boolean;
  from: number;
  to: number;
  start: number;
  end: number;
}

/**
 * What an alias stands for. `titled`: it ends in a person's name after an office, which is then
 * remembered; `byTitleOnly`: it names the actor by a bare title and a name ("Minister ^"), so a
 * name the document has already placed elsewhere wins.
 */
type ActorValue = {
  id: string;
  side: Side;
  kind: MentionKind;
  titled: boolean;
  byTitleOnly?: boolean;
  /** It names a person by office, so a name may follow it ("the Spanish Minister of Interior Fernando Grande-Marlaska"). */
  personal?: boolean;
  /** The Presidency country it names ("the Belgian Minister" → Belgium). */
  country?: string;
  /** It names its actor only as a subject (`ActorDefinition.subjectOnlyAliases`). */
  subjectOnly?: boolean;
};

/**
 * Surnames met in a document after a title that names their side ("Secretary of Homeland
 * Security Mayorkas" → us-dhs), so that "Mr Mayorkas" or "Secretary Mayorkas" later resolves to
 * the same actor. One per document; `findActorMentions` fills and reads it.
 */
export type NameMemory = Map<string, { id: string; side: Side }>;

/** Words of a title that may stand before a remembered surname ("Mr", "Secretary", "Attorney General"). */
const TITLE_WORDS = wordSet(
  'mr mrs ms dr secretary minister commissioner ambassador director attorney general deputy assistant acting vice-president president executive'.split(
    ' ',
  ),
);
/**
 * Words of an office after the body that holds it: "Europol's Executive Director", "the FBI
 * Director", "the Commission representative", "DHS Secretary Mayorkas".
 */
const OFFICE_WORDS = wordSet(
  (
    'executive deputy director director-general president vice-president representative representatives head chair ' +
    'chairperson spokesperson coordinator secretary secretary-general minister ministers official officials delegate delegates expert ' +
    'experts ambassador envoy prosecutor chief acting assistant associate senior special general team'
  ).split(' '),
);
/** Words before the first `^` of an alias that make it a description, not a title ("Commissioner for ^"). */
const DESCRIPTION_WORDS = new Set(['for', 'of', 'the', 'and', 'to']);
/** What a remembered surname looks like ("Mayorkas", "Grande-Marlaska"); see `isCapitalisedWord`. */
export const CAPITALISED_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Whether an alias ends in a person's name right after a title ("Commissioner ^", "Attorney General ^ ^"). */
function isTitled(alias: string): boolean {
  const words = alias.split(' ');
  const first = words.indexOf('^');
  if (first <= 0 || words[words.length - 1] !== '^') return false;
  if (!DESCRIPTION_WORDS.has(words[first - 1] as string)) return true;
  // a described office, then a name: "Minister of ^ ^ ^" (an office of one or two words, then the name)
  let trailing = 0;
  while (words[words.length - 1 - trailing] === '^') trailing++;
  return trailing >= 3 && trailing === words.length - first;
}

/**
 * The country a Presidency alias names by its adjective or its Council code ("the Belgian
 * Minister of ^" → Belgium, "RO PRES" → Romania).
 */
function presidencyCountryOf(id: string, alias: string): string | undefined {
  if (id !== 'presidency') return undefined;
  const words = alias.split(' ');
  const named = words[0] === 'the' ? words[1] : words[0];
  if (named === undefined) return undefined;
  return (findPresidencyByAdjective(named) ?? findPresidencyByCode(named))?.country;
}

/**
 * An alias naming a person by office: it ends in a name or an office ("Commissioner ^", "the
 * Attorney General"), or holds an office word before its portfolio ("the Secretary of Homeland
 * Security", so "… Kristi Noem" after it is the name).
 */
function isPersonal(alias: string): boolean {
  const words = alias.split(' ');
  const last = words[words.length - 1] as string;
  return last === '^' || words.some((w) => OFFICE_WORDS.hasWord(w.toLowerCase()));
}

/** An alias made of one title word and the name ("Minister ^", "Minister ^ ^"). */
function isByTitleOnly(alias: string): boolean {
  const words = alias.split(' ');
  return words.length >= 2 && words[0] !== '^' && words.slice(1).every((w) => w === '^');
}

/**
 * An alias's value with every field set (absent ones `undefined`), in one order: all values share
 * one object shape, so the reads of `findActorMentions` stay monomorphic.
 */
function actorValue(fields: Pick<ActorValue, 'id' | 'side' | 'kind'> & Partial<ActorValue>): ActorValue {
  return {
    id: fields.id,
    side: fields.side,
    kind: fields.kind,
    titled: fields.titled ?? false,
    byTitleOnly: fields.byTitleOnly,
    personal: fields.personal,
    country: fields.country,
    subjectOnly: fields.subjectOnly,
  };
}

function buildActorTrie(): PhraseTrie<ActorValue> {
  const trie = new PhraseTrie<ActorValue>();
  for (const actor of ACTORS) {
    for (const alias of actor.aliases) {
      trie.add(
        alias,
        actorValue({
          id: actor.id,
          side: actor.side,
          kind: 'named',
          titled: isTitled(alias),
          byTitleOnly: isByTitleOnly(alias),
          personal: isPersonal(alias),
          country: presidencyCountryOf(actor.id, alias),
        }),
      );
    }
  }
  for (const actor of ACTORS) {
    for (const alias of actor.subjectOnlyAliases ?? []) {
      trie.add(alias, actorValue({ id: actor.id, side: actor.side, kind: 'named', subjectOnly: true }));
    }
  }
  for (const p of ACTOR_PRONOUNS) {
    trie.add(
      p.phrase,
      actorValue({
        id: 'pronoun',
        side: 'other',
        kind: p.possessive ? 'possessive' : p.latter ? 'latter' : 'pronoun',
      }),
    );
  }
  return trie;
}

const ACTOR_TRIE = buildActorTrie();

/**
 * Finds the actors named in a tokenised sentence (longest alias first, so "the US Department of
 * Justice" is `us-doj`, not `us`). Two named actors joined by "and" become one mention: `both`
 * when their sides differ ("the European Commission and the US Department of Justice"), else
 * the shared side. Pronouns are returned with id `pronoun` for the caller to resolve. With a
 * document's `names`, a surname seen after a title ("Secretary of Homeland Security Mayorkas")
 * is remembered, and a later "Mr Mayorkas", "Secretary Mayorkas" or "Mayorkas" names that actor;
 * a capitalised word never seen after a title names nobody. A minister or Presidency named by
 * the country of `incomingPresidency` ("the Belgian Minister of Justice" in a record of the
 * Spanish Presidency) is the `incoming-presidency`.
 */
export function findActorMentions(
  text: string,
  words: Words,
  names?: NameMemory,
  incomingPresidency?: string | null,
): ActorMention[] {
  const out: ActorMention[] = [];
  let matches = ACTOR_TRIE.findAll(words);
  if (names !== undefined) {
    for (let k = 0; k < matches.length; k++) {
      const f = matches[k] as PhraseMatch<ActorValue>;
      if (f.value.titled) rememberName(words, f.to - 1, secretaryByName(words, f) ?? f.value, names);
    }
    const remembered = names.size > 0 ? findRememberedNames(text, words, matches, names) : null;
    // the trie's matches come in word order already: only remembered names need placing
    if (remembered !== null) matches = [...matches, ...remembered].sort((a, b) => a.from - b.from);
  }
  for (let k = 0; k < matches.length; k++) {
    const found = matches[k] as PhraseMatch<ActorValue>;
    const v = found.value;
    // "IT experts", "THEY" in a capitals line: a pronoun is written in lower case or capitalised
    if (v.kind === 'pronoun' && isCapital(text.charCodeAt(found.start + 1))) continue;
    if (v.kind === 'pronoun' && isImpersonalIt(words, found.from)) {
      // "It was agreed that ...": what the meeting agreed, both sides together
      const joint = jointDecisionMention(words, found);
      if (joint !== null) out.push(joint);
      continue;
    }
    if (v.byTitleOnly === true && !isBareTitleAndName(words, found)) continue;
    // the meeting speaks only as the subject: "informed the meeting" names nobody
    if (v.subjectOnly === true && found.from > 0 && text.charCodeAt(words.end(found.from - 1)) !== 44)
      continue;
    // "DHS Secretary Mayorkas", "DHS Acting Secretary Wolf": a bare title right after a body
    // (and its office words) is that body's office
    const after = matches[k + 1];
    const limit =
      after === undefined
        ? words.length
        : after.value.byTitleOnly === true && onlyOfficeWordsBetween(words, found.to, after.from)
          ? after.to
          : after.from;
    const to =
      v.kind === 'named' && v.subjectOnly !== true
        ? extendWithTitle(text, words, found, limit, names)
        : found.to;
    while (matches[k + 1] !== undefined && (matches[k + 1] as PhraseMatch<ActorValue>).from < to) k++;
    // "Minister Klymenko" after "the Ukrainian Minister of Internal Affairs Ihor Klymenko"
    const known =
      v.byTitleOnly === true
        ? (secretaryByName(words, found) ?? names?.get(words.text(found.to - 1)))
        : undefined;
    const incoming = v.country !== undefined && v.country === incomingPresidency;
    // "Mr Smith (DOJ) presented": a person named before their body in brackets speaks for it
    const named = out.length === 0 && v.kind === 'named' && isNameBeforeBody(text, words, found.from, to);
    const m = actorMention(
      known?.id ?? (incoming ? 'incoming-presidency' : v.id),
      known?.side ?? v.side,
      v.kind,
      v.subjectOnly === true ? true : undefined,
      named ? 0 : found.from,
      to,
      named ? words.start(0) : found.start,
      named ? words.end(to - 1) + 1 : closeParenthesis(text, found.start, words.end(to - 1)),
    );
    // never `out[-1]`: a negative index is a slow property lookup, not an array read
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    if (prev !== undefined && isBodyInParentheses(text, prev, m)) {
      // "The EU (COM) presented": the body in brackets names the side's speaker;
      // "The Commission (DG HOME) presented": the unit in brackets is the Commission's
      const bareSide = prev.id === prev.side;
      out[out.length - 1] = actorMention(
        bareSide ? m.id : prev.id,
        m.side,
        m.kind,
        m.subjectOnly,
        prev.from,
        m.to,
        prev.start,
        closeParenthesis(text, prev.start, m.end),
      );
      continue;
    }
    out.push(m);
  }
  return joinCoordinated(text, words, mergeBracketedBodies(text, out));
}

/**
 * "The US (DHS, DOJ) explained", "The EU (COM and EEAS)": an actor and the several bodies of its
 * side listed in brackets after it are one speaker, the side (or the one body they all are).
 * Mentions inside the brackets must be separated by commas or "and" only.
 */
function mergeBracketedBodies(text: string, mentions: ActorMention[]): ActorMention[] {
  let n = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as ActorMention;
    const open = m.kind === 'named' ? text.indexOf('(', m.start) : -1;
    const close = open < 0 || open > m.end + 1 ? -1 : text.indexOf(')', open);
    let last = k;
    if (close > 0) {
      let at = Math.max(m.end, open + 1);
      for (let j = k + 1; j < mentions.length; j++) {
        const inner = mentions[j] as ActorMention;
        if (inner.end > close || inner.side !== m.side || inner.kind !== 'named') break;
        if (!LIST_SEPARATOR_RE.test(text.slice(at, inner.start))) break;
        last = j;
        at = inner.end;
      }
      if (last > k && !LIST_SEPARATOR_RE.test(text.slice(at, close))) last = k;
    }
    if (last === k) {
      mentions[n++] = m;
      continue;
    }
    const inner = mentions[last] as ActorMention;
    // one body throughout ("The Commission (DG HOME, DG JUST)") stays that body
    let id = m.id;
    for (let j = k + 1; j <= last; j++) if ((mentions[j] as ActorMention).id !== id) id = m.side;
    mentions[n++] = actorMention(id, m.side, 'named', undefined, m.from, inner.to, m.start, close + 1);
    k = last;
  }
  mentions.length = n;
  return mentions;
}

/** What may stand between the bodies listed in brackets: commas, "and", white space. */
const LIST_SEPARATOR_RE = /^(?:\s|,|\band\b)*$/;

/**
 * Two named actors joined by "and" or "as well as" become one mention (each with its bracketed body already
 * taken in: "The Commission (DG HOME) and the EEAS"): `both` when their sides differ, else the
 * shared side, or the actor itself when both name it. Rewrites `mentions` in place.
 */
function joinCoordinated(text: string, words: Words, mentions: ActorMention[]): ActorMention[] {
  let n = 0;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as ActorMention;
    const prev = n > 0 ? mentions[n - 1] : undefined;
    if (prev !== undefined && canJoin(text, words, prev, m)) {
      const side: Side = prev.side === m.side ? prev.side : 'both';
      const id = prev.side === m.side && prev.id === m.id ? prev.id : side;
      mentions[n - 1] = actorMention(id, side, 'named', undefined, prev.from, m.to, prev.start, m.end);
      continue;
    }
    mentions[n++] = m;
  }
  mentions.length = n;
  return mentions;
}

/**
 * A mention with every field set, in one order (`subjectOnly` undefined unless true): all
 * mentions share one object shape, so the code reading them stays monomorphic.
 */
function actorMention(
  id: string,
  side: Side,
  kind: MentionKind,
  subjectOnly: boolean | undefined,
  from: number,
  to: number,
  start: number,
  end: number,
): ActorMention {
  return { id, side, kind, subjectOnly, from, to, start, end };
}

/** The end of a mention, past the ")" of a parenthesis it opened ("US (DHS)"). */
function closeParenthesis(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 41) return end;
  const open = text.indexOf('(', start);
  return open >= 0 && open < end && text.indexOf(')', open) === end ? end + 1 : end;
}

/** Courtesy titles before a person's name. */
const COURTESY_TITLES = wordSet(['mr', 'ms', 'mrs', 'dr', 'prof']);

/**
 * Whether the sentence opens with a person's name (a courtesy title, then at most three
 * capitalised words no lexicon knows) and words [from, to) stand in brackets right after it:
 * "Mr Smith (DOJ)", "Ms Anna Kowalska (COM)". Without the title, capitalised words before a body
 * in brackets are as likely a topic ("Visa Reciprocity (DOJ)") as a name.
 */
function isNameBeforeBody(text: string, words: Words, from: number, to: number): boolean {
  if (from < 2 || from > MAX_NAME_WORDS + 1 || !COURTESY_TITLES.has(words.id(0))) return false;
  if (text.charCodeAt(words.end(to - 1)) !== 41) return false;
  if (text.slice(words.end(from - 1), words.start(from)).trim() !== '(') return false;
  for (let k = 0; k < from; k++)
    if (!words.isCapitalised(k) || (k > 0 && words.isLexiconWord(k))) return false;
  return true;
}

/** Whether words [from, to) are all office words ("Acting", "Deputy"), none standing for nothing. */
function onlyOfficeWordsBetween(words: Words, from: number, to: number): boolean {
  if (to - from > MAX_OFFICE_WORDS) return false;
  for (let k = from; k < to; k++) if (!OFFICE_WORDS.has(words.id(k))) return false;
  return true;
}

/**
 * An actor followed, in brackets, by one of its side's bodies or units: "The EU (COM)", "US (DOJ)",
 * "The Commission (DG HOME)". One speaker: the body when the actor is a bare side, else the actor.
 */
function isBodyInParentheses(text: string, actor: ActorMention, body: ActorMention): boolean {
  if (actor.kind !== 'named' || body.kind !== 'named' || actor.side !== body.side) return false;
  // a bare side in brackets adds nothing to name ("the Commission (EU)" stays the Commission)
  if (actor.id === actor.side && body.id === body.side) return false;
  if (text.slice(actor.end, body.start).trim() !== '(') return false;
  return text.charCodeAt(body.end) === 41;
}

/** Words before "Secretary" that make it another office ("State Secretary", "Permanent Secretary"). */
const SECRETARY_PREFIXES = wordSet(['state', 'permanent', 'parliamentary', 'general']);
const SECRETARY = wordId('secretary');

/**
 * "Secretary Mayorkas", "Secretary Blinken": a US Secretary named without a department, whose
 * department is known from `US_SECRETARIES`; undefined for any other title or name.
 */
function secretaryByName(
  words: Words,
  found: PhraseMatch<ActorValue>,
): { id: string; side: Side } | undefined {
  if (words.id(found.from) !== SECRETARY) return undefined;
  const id = US_SECRETARIES.get(words.text(found.to - 1));
  return id === undefined ? undefined : { id, side: 'us' };
}

/**
 * Whether a "Title ^" match is a title and a person's name: the name words are no lexicon's
 * words ("Secretary General" is not a name), and no word before turns "Secretary" into another
 * office ("State Secretary Krösser" is a Presidency official, not a US Secretary).
 */
function isBareTitleAndName(words: Words, found: PhraseMatch<ActorValue>): boolean {
  for (let k = found.from + 1; k < found.to; k++) if (words.isLexiconWord(k)) return false;
  return words.id(found.from) !== SECRETARY || !SECRETARY_PREFIXES.has(words.id(found.from - 1));
}

/** Keeps the surname (word `k`) ending a titled mention, unless it is a word some lexicon knows. */
function rememberName(words: Words, k: number, v: { id: string; side: Side }, names: NameMemory): void {
  if (k < 0 || k >= words.length || words.isLexiconWord(k) || !isCapitalisedWord(words, k)) return;
  const name = words.text(k);
  if (!names.has(name)) names.set(name, { id: v.id, side: v.side });
}

/**
 * Remembered surnames not inside a mention found already, with the title words before them ("Mr
 * Mayorkas"); null if none.
 */
function findRememberedNames(
  text: string,
  words: Words,
  found: readonly PhraseMatch<ActorValue>[],
  names: NameMemory,
): PhraseMatch<ActorValue>[] | null {
  let out: PhraseMatch<ActorValue>[] | null = null;
  for (let i = 0; i < words.length; i++) {
    const known =
      !words.isLexiconWord(i) && mayBeName(text, words.start(i), words.end(i))
        ? names.get(words.text(i))
        : undefined;
    if (known === undefined || found.some((f) => f.from <= i && i < f.to)) continue;
    let from = i;
    while (
      from > 0 &&
      TITLE_WORDS.has(words.id(from - 1)) &&
      !found.some((f) => f.from <= from - 1 && from - 1 < f.to) &&
      /^[\s.]*$/.test(text.slice(words.end(from - 1), words.start(from)))
    ) {
      from--;
    }
    if (out === null) out = [];
    out.push({
      value: actorValue({ id: known.id, side: known.side, kind: 'named' }),
      from,
      to: i + 1,
      start: words.start(from),
      end: words.end(i),
    });
  }
  return out;
}

/**
 * Whether the word `text.slice(start, end)` may be a remembered surname: those all match
 * `CAPITALISED_RE` (`rememberName`), so a word of one letter, starting with a small letter or a
 * digit, or with a capital or a digit second ("EU", "DHS", "G7") is not sliced out to be looked up.
 */
export function mayBeName(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const first = text.charCodeAt(start);
  if ((first >= 97 && first <= 122) || isDigit(first)) return false;
  const second = text.charCodeAt(start + 1);
  return !isCapital(second) && !isDigit(second);
}

/** Whether word `k` matches `CAPITALISED_RE`, sliced out only when `mayBeName` lets it. */
function isCapitalisedWord(words: Words, k: number): boolean {
  return mayBeName(words.source, words.start(k), words.end(k)) && CAPITALISED_RE.test(words.text(k));
}

const PLURAL_OFFICES = wordSet(['ministers', 'officials', 'representatives', 'delegates', 'experts']);
const S = wordId('s');
const MAX_OFFICE_WORDS = 4;
const MAX_NAME_WORDS = 3;
const APOSTROPHE_RE = /^['’]$/;

/**
 * Extends a named mention over the office that follows it, possessive or not ("Europol's
 * Executive Director", "the FBI Director", "DHS Secretary Mayorkas"), and over the person's name
 * after the office (capitalised words no lexicon knows), stopping where the next mention starts.
 * A name read so is remembered in `names`. Returns the new end token (exclusive).
 */
function extendWithTitle(
  text: string,
  words: Words,
  found: PhraseMatch<ActorValue>,
  limit: number,
  names: NameMemory | undefined,
): number {
  let j = found.to;
  if (words.id(j) === S && APOSTROPHE_RE.test(text.slice(words.end(j - 1), words.start(j)))) j++;
  let offices = 0;
  const body = found.value.id !== found.value.side;
  while (
    j < limit &&
    offices < MAX_OFFICE_WORDS &&
    ((OFFICE_WORDS.has(words.id(j)) && adjacent(text, words, j)) ||
      // "Europol's ECTC", "DOJ OIA", "Europol/EC3"
      (body && isUnitAcronym(words, j) && (adjacent(text, words, j) || joinedBySlash(text, words, j))))
  ) {
    j++;
    offices++;
  }
  // "the Assistant Secretary for Border and Immigration Policy": the office's portfolio
  const portfolioEnd =
    OFFICE_WORDS.has(words.id(j - 1)) || TITLE_WORDS.has(words.id(j - 1))
      ? skipPortfolio(text, words, j, limit)
      : j;
  if (portfolioEnd > j) {
    j = portfolioEnd;
    offices++;
  }
  // "EU Counter-Terrorism Coordinator Gilles de Kerchove": an alias ending in an office takes the name after it
  if (offices === 0 && found.value.personal !== true && !OFFICE_WORDS.has(words.id(found.to - 1)))
    return found.to;
  // a plural office ("the Ministers", "US officials") is followed by several names, or by none
  if (PLURAL_OFFICES.has(words.id(j - 1))) return j;
  let named = 0;
  while (j < limit && named < MAX_NAME_WORDS && adjacent(text, words, j)) {
    // "Gilles de Kerchove", "Ursula von der Leyen": particles inside a name, a capital after them
    let k = j;
    while (
      k < limit &&
      k - j < MAX_NAME_PARTICLES &&
      NAME_PARTICLES.has(words.id(k)) &&
      adjacent(text, words, k + 1)
    )
      k++;
    // a particle follows a name word: one just read, or the "^" of the alias ("Commissioner Ursula")
    if (k > j && named === 0 && (words.isLexiconWord(j - 1) || !isCapitalisedWord(words, j - 1))) break;
    if (k >= limit || words.isLexiconWord(k) || !isCapitalisedWord(words, k)) break;
    j = k + 1;
    named++;
  }
  if (named > 0 && names !== undefined) rememberName(words, j - 1, found.value, names);
  return j;
}

/** Lower-case particles of a person's name ("de Kerchove", "von der Leyen", "van den Berg"). */
const NAME_PARTICLES = wordSet([
  'de',
  'von',
  'der',
  'van',
  'den',
  'da',
  'di',
  'del',
  'du',
  'la',
  'le',
  'ter',
]);
const MAX_NAME_PARTICLES = 2;

const PORTFOLIO_OPENERS = wordSet(['for', 'of']);
const PORTFOLIO_JOINERS = wordSet(['and', 'the', 'of', 'for']);
const MAX_PORTFOLIO_WORDS = 7;

/**
 * The end of an office's portfolio starting at word `j`: "for" or "of", then capitalised words
 * joined by "and", "the", "of", "for" ("for Border and Immigration Policy", "of the Interior"),
 * ending on a capitalised word before `limit`; `j` when there is none.
 */
function skipPortfolio(text: string, words: Words, j: number, limit: number): number {
  if (!PORTFOLIO_OPENERS.has(words.id(j)) || !adjacent(text, words, j)) return j;
  let end = j;
  for (let k = j + 1; k < limit && k - j <= MAX_PORTFOLIO_WORDS && adjacent(text, words, k); k++) {
    if (words.isCapitalised(k)) end = k + 1;
    else if (!PORTFOLIO_JOINERS.has(words.id(k))) break;
  }
  return end;
}

/** What `isUnitAcronym` reads a word for. */
export const UNIT_ACRONYM_RE = /^[A-Z]{2,6}\d?$/;

/**
 * An acronym no lexicon knows, naming a unit of the body before it ("Europol's ECTC", "DOJ OIA"):
 * `UNIT_ACRONYM_RE` on the word, read in place.
 */
export function isUnitAcronym(words: Words, k: number): boolean {
  if (words.isLexiconWord(k)) return false;
  const start = words.start(k);
  const end = words.end(k);
  // a final digit ("EC3") after two capitals at least
  const last = isDigit(words.source.charCodeAt(end - 1)) ? end - 1 : end;
  if (last - start < 2 || last - start > 6) return false;
  for (let i = start; i < last; i++) if (!isCapital(words.source.charCodeAt(i))) return false;
  return true;
}

/** Whether word `j` follows word `j - 1` after a single slash ("Europol/EC3"). */
function joinedBySlash(text: string, words: Words, j: number): boolean {
  const prevEnd = words.end(j - 1);
  return words.start(j) === prevEnd + 1 && text.charCodeAt(prevEnd) === 47;
}

/** Whether word `j` follows word `j - 1` after a single space. */
function adjacent(text: string, words: Words, j: number): boolean {
  const prevEnd = words.end(j - 1);
  return words.start(j) === prevEnd + 1 && text.charCodeAt(prevEnd) === 32;
}

const PASSIVE_BE = wordSet(['was', 'is']);
const MODALS = wordSet(['has', 'had', 'have', 'will', 'would', 'could', 'should', 'may']);
const BE = wordSet(['been', 'be']);
const PARTICIPLE_ENDING = /(?:ed|wn|en|id)$/;
const AFTER_PARTICIPLE = wordSet(['that', 'to', 'by', 'on', 'upon']);
const IT = wordId('it');
const AND = wordId('and');

/**
 * "It was agreed that an expert meeting would be held ..." (7163/17 style): an impersonal "it"
 * before a passive verb names no speaker, so it must not be resolved to the previous actor.
 * "It has managed to ..." (active) keeps its antecedent.
 */
function isImpersonalIt(words: Words, at: number): boolean {
  if (words.id(at) !== IT) return false;
  let i = at + 1;
  if (MODALS.has(words.id(i))) {
    if (!BE.has(words.id(i + 1))) return false;
    i += 2;
  } else if (PASSIVE_BE.has(words.id(i))) {
    i += 1;
  } else return false;
  return i < words.length && PARTICIPLE_ENDING.test(words.lower(i)) && AFTER_PARTICIPLE.has(words.id(i + 1));
}

const JOINT_DECISIONS = wordSet(['agreed', 'decided']);

/**
 * The joint voice behind an impersonal "It was agreed / decided that ..." ("It was agreed to hold
 * a workshop"): in a record of a meeting of two sides, what "was agreed" was agreed by both.
 * Null for any other impersonal passive ("It was noted that ..." names nobody).
 */
function jointDecisionMention(words: Words, found: PhraseMatch<ActorValue>): ActorMention | null {
  let i = found.to;
  while (i < words.length && !JOINT_DECISIONS.has(words.id(i)) && i - found.to < 3) i++;
  if (!JOINT_DECISIONS.has(words.id(i))) return null;
  return actorMention(
    'both',
    'both',
    'named',
    true,
    found.from,
    found.to,
    words.start(found.from),
    words.end(found.to - 1),
  );
}

function canJoin(text: string, words: Words, a: ActorMention, b: ActorMention): boolean {
  if (a.kind !== 'named' || b.kind !== 'named') return false;
  if (a.subjectOnly === true || b.subjectOnly === true) return false;
  // a third party beside one side ("the EU and the Ukrainian delegation") is not "both sides"
  if (a.side === 'other' || b.side === 'other') return false;
  // "the EU and the US", "the EU as well as the US"
  if (b.from === a.to + 1) return words.id(a.to) === AND && text.slice(a.end, b.start).trim() === 'and';
  return (
    b.from === a.to + 3 &&
    words.id(a.to) === AS &&
    words.id(a.to + 1) === WELL &&
    words.id(a.to + 2) === AS &&
    text.slice(a.end, b.start).trim() === 'as well as'
  );
}

const AS = wordId('as');
const WELL = wordId('well');
