import { PRESIDENCY_ADJECTIVES } from '../lexicon/presidencies.js';
import { findTopicDefinition, TOPICS } from '../lexicon/topics.js';
import type { TopicDefinition, TopicRef } from '../schema/topic.js';
import { isWhiteSpace } from './char-classes.js';
import { rankBodyTopics, rootTopicId } from './topics-body.js';

/** Confidence at or below which a topic is reported with `low-topic-confidence`. */
export const LOW_TOPIC_CONFIDENCE = 0.3;

const ADJECTIVE_PRESIDENCY = new RegExp(
  `\\b(?:${PRESIDENCY_ADJECTIVES.map((a) => a.toLowerCase()).join('|')}) presidency\\b`,
  'g',
);

const QUOTES = /[“”"‘’']/g;
const HEADING_NUMBER = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivxlc]{1,6}[.)]|\(?[a-z]\))\s+/;
// "Session I: Home Affairs", "Agenda item 3 – Data protection"
const AGENDA_LABEL = /^\s*(?:(?:agenda\s+)?item|session|part|point)\s+(?:\d{1,2}|[ivx]{1,4})\s*[:.–-]\s*/;
const LETTER = /\p{L}/u;

/** Lower case, plain quotes, no heading number, no punctuation but hyphens, "Spanish Presidency" -> "presidency". */
export function normaliseTitle(title: string): string {
  return titleWords(title).join(' ');
}

/** The words of `normaliseTitle(title)`: none when it is empty. */
function titleWords(title: string): string[] {
  const lower = title.toLowerCase();
  // the usual title (no quote, presidency or astral character) comes down to its words
  if (!lower.includes('presidency')) {
    const words = splitTitleWords(stripAgendaLabel(stripHeadingNumber(lower)));
    if (words !== null) return words;
  }
  const bare = stripAgendaLabel(stripHeadingNumber(lower.replace(QUOTES, '')));
  const spaced = (spacePunctuation(bare) ?? bare.replace(/[^\p{L}\d\s-]/gu, ' ')).replace(
    ADJECTIVE_PRESIDENCY,
    'presidency',
  );
  const words = splitTitleWords(spaced);
  if (words !== null) return words;
  const normalised = spaced.replace(/\s+/g, ' ').trim();
  return normalised === '' ? [] : normalised.split(' ');
}

/**
 * `text.replace(/[^\p{L}\d\s-]/gu, ' ')` by char tests: every character but letters, digits,
 * white space and hyphens becomes a space; null when the text holds a surrogate.
 */
export function spacePunctuation(text: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return null;
    if (isTitleWordChar(c) || isWhiteSpace(c)) continue;
    out += `${text.slice(from, i)} `;
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * `text.replace(HEADING_NUMBER, '')`, the RegExp tried only when the text may start with a
 * number: with a space, a digit or "(" first, or a "." or ")" among the next six characters.
 */
function stripHeadingNumber(text: string): string {
  const first = text.charCodeAt(0);
  let may = first <= 32 || first >= 128 || (first >= 48 && first <= 57) || first === 40;
  for (let i = 1; i <= 6 && i < text.length && !may; i++) {
    const c = text.charCodeAt(i);
    may = c === 46 || c === 41;
  }
  return may ? text.replace(HEADING_NUMBER, '') : text;
}

/** `text.replace(AGENDA_LABEL, '')`, the RegExp tried only when the text starts with a space, a, i, p or s. */
function stripAgendaLabel(text: string): string {
  const first = text.charCodeAt(0);
  const may = first <= 32 || first >= 128 || first === 97 || first === 105 || first === 112 || first === 115;
  return may ? text.replace(AGENDA_LABEL, '') : text;
}

/**
 * The runs of letters (`\p{L}`), digits and hyphens of a text: the words left once punctuation
 * becomes spaces and spaces collapse, when no adjective comes off "presidency"; null when the text
 * holds a quote (removed, not a separator) or a surrogate (an astral character is one code point
 * to the RegExp).
 */
export function splitTitleWords(text: string): string[] | null {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (
      c >= 128
        ? (c >= 0xd800 && c <= 0xdfff) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019
        : c === 34 || c === 39
    )
      return null;
    if (isTitleWordChar(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}

/** A letter, a digit or a hyphen: `[\p{L}\d-]` for one code unit outside the surrogates. */
function isTitleWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCharCode(c));
}

/** A phrase of the taxonomy a normalised title may equal or contain, found by its first word. */
interface TitlePhrase {
  topic: TopicDefinition;
  phrase: string;
  /** The phrase's words, to find it among a title's words. */
  words: string[];
  /** Taxonomy order: topic, then the phrase's place in it. */
  order: number;
}

/** An alias of a topic: equal to a title (confidence 1) or, when it may be, inside it (0.9). */
interface Alias extends TitlePhrase {
  /**
   * Short aliases, and those of the session headings ("Justice", "Home Affairs": they must not
   * claim "Access to justice"), match only a whole title.
   */
  containable: boolean;
}

/** A key term as `normaliseTitle` writes it, with its title score. */
interface TitleTerm extends TitlePhrase {
  weight: number;
}

const NO_TERMS: readonly TitleTerm[] = [];
const EXACT_ONLY = new Set(['justice-session', 'home-affairs-session']);

/** Aliases by their first word: an alias equal to a title, or inside it as whole words, starts with one of its words. */
const ALIASES_BY_WORD = indexByFirstWord(
  TOPICS.flatMap((topic) =>
    topic.aliases.map((alias) => {
      const phrase = normaliseTitle(alias);
      return { topic, phrase, containable: phrase.length >= 5 && !EXACT_ONLY.has(topic.id) };
    }),
  ),
);
/** Key terms (normalised) by their first word. */
const TITLE_TERMS_BY_WORD = indexByFirstWord(
  TOPICS.flatMap((topic) =>
    topic.keyTerms
      .map((keyTerm) => keyTerm.toLowerCase().trim())
      .map((term) => ({ topic, phrase: normaliseTitle(term), weight: 1 + term.split(' ').length * 0.1 })),
  ),
);

function indexByFirstWord<T extends { phrase: string }>(
  phrases: T[],
): Map<string, (T & { words: string[]; order: number })[]> {
  const index = new Map<string, (T & { words: string[]; order: number })[]>();
  phrases.forEach((p, order) => {
    if (p.phrase === '') return;
    const words = p.phrase.split(' ');
    const list = index.get(words[0] as string) ?? [];
    list.push({ ...p, words, order });
    index.set(words[0] as string, list);
  });
  return index;
}

/**
 * The phrase's words stand in `words` from `at` on (its first word being `words[at]`): with
 * single-spaced words, `' ' + words.join(' ') + ' '` holds `' ' + phrase + ' '` there.
 */
function standsAt(phrase: readonly string[], words: readonly string[], at: number): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 1; k < phrase.length; k++) if (phrase[k] !== words[at + k]) return false;
  return true;
}

function ref(topic: TopicDefinition, confidence: number, matchedBy: TopicRef['matchedBy']): TopicRef {
  return { id: topic.id, label: topic.label, confidence: Math.round(confidence * 100) / 100, matchedBy };
}

/** Builds the `x-` slug of a heading that matched nothing ("x-visa-waiver-programme"). */
export function deriveTopicId(title: string): string {
  const slug = normaliseTitle(title)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `x-${slug === '' ? 'untitled' : slug}`;
}

/**
 * Places a heading (and optionally its body) in the canonical taxonomy: a title alias first
 * (confidence 1 when equal, 0.9 when contained), then key terms in the title (0.6–0.8), then key
 * terms in the body (0.4–0.6), else a topic derived from the title (`x-<slug>`, 0.2; 0.1 when
 * there is no title). The body may be given as a function that builds it, called only when
 * the title matches nothing. `parentTopicId` favours sub-topics of the section's topic on ties;
 * `minBodyHits` (default 2) is how many key-term hits a body needs (1 for a short paragraph);
 * `rollUp` gives the root topic of a sub-topic match (for section headings).
 * @example matchTopic('Update on progress towards Visa Reciprocity') // { id: 'visa-reciprocity', matchedBy: 'title-alias', ... }
 */
export function matchTopic(
  title: string | null,
  bodyText?: string | (() => string),
  context: MatchContext = {},
): TopicRef {
  const found = matchTopicOnce(title, bodyText, context);
  if (!context.rollUp) return found;
  // a section titled after a sub-topic ("Ukraine: accountability") belongs to the parent topic,
  // so that meetings align on it; the sub-topic's own id stays for sub-topics
  const root = ROOT_OF.get(found.id);
  return root && root.id !== found.id
    ? { id: root.id, label: root.label, confidence: found.confidence, matchedBy: found.matchedBy }
    : found;
}

/** The root of each taxonomy topic (itself for a root): `findTopicDefinition(rootTopicId(id))`, looked up once. */
const ROOT_OF: ReadonlyMap<string, TopicDefinition> = new Map(
  TOPICS.map((topic) => [topic.id, findTopicDefinition(rootTopicId(topic.id)) as TopicDefinition]),
);

type MatchContext = { parentTopicId?: string | null; minBodyHits?: number; rollUp?: boolean };

/** 0.5 for a sub-topic of the section's topic (it wins ties), else 0. */
function favourOf(topic: TopicDefinition, context: MatchContext): number {
  return context.parentTopicId && topic.parentId === context.parentTopicId ? 0.5 : 0;
}

function matchTopicOnce(
  title: string | null,
  bodyOrBuilder: string | (() => string) | undefined,
  context: MatchContext,
): TopicRef {
  const words = title === null ? [] : titleWords(title);
  if (words.length > 0) {
    const alias = findTitleAlias(words, context);
    if (alias) return ref(alias.alias.topic, alias.exact ? 1 : 0.9, 'title-alias');
    const terms = findTitleTerms(words, context);
    if (terms) return ref(terms.topic, Math.min(0.8, 0.5 + 0.1 * terms.score), 'title-terms');
  }
  const bodyText = typeof bodyOrBuilder === 'function' ? bodyOrBuilder() : bodyOrBuilder;
  if (bodyText !== undefined && bodyText !== '') {
    const { topic, score, runnerUp } = rankBodyTopics(bodyText, context);
    if (score >= (context.minBodyHits ?? 2)) {
      const margin = score >= runnerUp * 1.25 ? 0 : score > runnerUp ? 0.05 : 0.1;
      return ref(topic, Math.min(0.6, 0.35 + 0.05 * score) - margin, 'body-terms');
    }
  }
  if (words.length === 0)
    return { id: 'x-untitled', label: 'Untitled', confidence: 0.1, matchedBy: 'derived' };
  return {
    id: deriveTopicId(title ?? ''),
    label: (title ?? '').trim().slice(0, 120),
    confidence: 0.2,
    matchedBy: 'derived',
  };
}

/**
 * The alias equal to the title, else the longest one inside it as whole words (a sub-topic of
 * the section's topic counts half a character longer); on a tie, the first in taxonomy order.
 */
function findTitleAlias(
  words: readonly string[],
  context: MatchContext,
): { alias: Alias; exact: boolean } | null {
  let best: Alias | null = null;
  let bestLength = 0;
  for (let at = 0; at < words.length; at++) {
    const aliases = ALIASES_BY_WORD.get(words[at] as string);
    if (aliases === undefined) continue;
    for (const alias of aliases) {
      // an alias is tried wherever its first word stands; equal to the title only from the start
      const exact = at === 0 && alias.words.length === words.length && standsAt(alias.words, words, 0);
      if (!exact && (!alias.containable || !standsAt(alias.words, words, at))) continue;
      const length = exact ? Number.MAX_SAFE_INTEGER : alias.phrase.length + favourOf(alias.topic, context);
      if (best === null || length > bestLength || (length === bestLength && alias.order < best.order)) {
        best = alias;
        bestLength = length;
      }
    }
  }
  return best === null ? null : { alias: best, exact: bestLength === Number.MAX_SAFE_INTEGER };
}

/**
 * The topic whose key terms the title holds with the highest total weight (plus the sub-topic
 * favour); on a tie, the first in taxonomy order. Weights add up in taxonomy order.
 */
function findTitleTerms(
  words: readonly string[],
  context: MatchContext,
): { topic: TopicDefinition; score: number } | null {
  const held: TitleTerm[] = [];
  for (let at = 0; at < words.length; at++)
    for (const term of TITLE_TERMS_BY_WORD.get(words[at] as string) ?? NO_TERMS)
      if (standsAt(term.words, words, at) && !held.includes(term)) held.push(term);
  if (held.length === 0) return null;
  held.sort((a, b) => a.order - b.order);
  let best: { topic: TopicDefinition; score: number } | null = null;
  for (let i = 0; i < held.length; ) {
    const topic = (held[i] as TitleTerm).topic;
    let sum = 0;
    for (; i < held.length && (held[i] as TitleTerm).topic === topic; i++)
      sum += (held[i] as TitleTerm).weight;
    const score = sum + favourOf(topic, context);
    if (best === null || score > best.score) best = { topic, score };
  }
  return best;
}
