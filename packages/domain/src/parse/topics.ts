import { findTopicDefinition, TOPICS } from '../lexicon/topics.js';
import type { TopicDefinition, TopicRef } from '../schema/topic.js';

/** Confidence at or below which a topic is reported with `low-topic-confidence`. */
export const LOW_TOPIC_CONFIDENCE = 0.3;

const ADJECTIVE_PRESIDENCY =
  /\b(?:latvian|luxembourg|dutch|slovak|maltese|estonian|bulgarian|austrian|romanian|finnish|croatian|german|portuguese|slovenian|french|czech|swedish|spanish|belgian|hungarian|polish|danish|cypriot|irish|lithuanian|greek|hellenic|italian) presidency\b/g;

/** Lower case, plain quotes, no heading number, no punctuation but hyphens, "Spanish Presidency" -> "presidency". */
export function normaliseTitle(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[“”"‘’']/g, '')
      .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivxlc]{1,6}[.)]|\(?[a-z]\))\s+/, '')
      // "Session I: Home Affairs", "Agenda item 3 – Data protection"
      .replace(/^\s*(?:(?:agenda\s+)?item|session|part|point)\s+(?:\d{1,2}|[ivx]{1,4})\s*[:.–-]\s*/, '')
      .replace(/[^\p{L}\d\s-]/gu, ' ')
      .replace(ADJECTIVE_PRESIDENCY, 'presidency')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

interface Prepared {
  topic: TopicDefinition;
  aliases: string[];
  /** The aliases with a space on each side, for whole-word containment. */
  paddedAliases: string[];
  terms: string[];
  /**
   * The key terms' leading runs of letters and digits (null when a term starts otherwise): a
   * body whose words miss it cannot hold the term as a whole word.
   */
  termLeads: (string | null)[];
  /** Key terms as `normaliseTitle` writes them (space-padded), with their title score. */
  titleTerms: { padded: string; weight: number }[];
}

const PREPARED: Prepared[] = TOPICS.map((topic) => {
  const aliases = topic.aliases.map(normaliseTitle);
  const terms = topic.keyTerms.map((t) => t.toLowerCase().trim());
  return {
    topic,
    aliases,
    paddedAliases: aliases.map((a) => ` ${a} `),
    terms,
    termLeads: terms.map(leadingWord),
    titleTerms: terms
      .map((term) => ({ norm: normaliseTitle(term), weight: 1 + term.split(' ').length * 0.1 }))
      .filter((t) => t.norm !== '')
      .map((t) => ({ padded: ` ${t.norm} `, weight: t.weight })),
  };
});
const BODY_PREPARED = PREPARED.filter((p) => p.topic.id !== 'annex');
/**
 * Topics whose aliases match only a whole title: a session heading ("Justice", "Home Affairs")
 * must not claim "Access to justice" or "Cooperation in Justice and Home Affairs".
 */
const EXACT_ONLY = new Set(['justice-session', 'home-affairs-session']);

/** Where an alias or title term of a topic is kept, found by its first word. */
interface Slot {
  topic: number;
  item: number;
}

/**
 * Aliases and title terms by their first word: a phrase equal to a (normalised, single-spaced)
 * title, or inside it as whole words, starts with one of the title's words; only those are tried.
 */
const ALIASES_BY_WORD = indexByFirstWord((p) => p.aliases);
const TITLE_TERMS_BY_WORD = indexByFirstWord((p) => p.titleTerms.map((t) => t.padded.trim()));

function indexByFirstWord(phrases: (p: Prepared) => string[]): Map<string, Slot[]> {
  const index = new Map<string, Slot[]>();
  PREPARED.forEach((p, topic) => {
    phrases(p).forEach((phrase, item) => {
      if (phrase === '') return;
      const word = phrase.split(' ')[0] as string;
      const slots = index.get(word) ?? [];
      slots.push({ topic, item });
      index.set(word, slots);
    });
  });
  return index;
}

/** The slots of `index` under the words of `title`, in taxonomy order (topic, then item). */
function slotsFor(index: Map<string, Slot[]>, title: string): Slot[] {
  const found: Slot[] = [];
  for (const word of new Set(title.split(' '))) {
    const slots = index.get(word);
    if (slots !== undefined) found.push(...slots);
  }
  return found.sort((a, b) => a.topic - b.topic || a.item - b.item);
}

/** The run of letters and digits a term starts with, or null when it starts with something else. */
function leadingWord(term: string): string | null {
  let end = 0;
  while (end < term.length && isLetterOrDigit(term.charCodeAt(end))) end++;
  return end === 0 ? null : term.slice(0, end);
}

/** Every key term of the body-scored topics by its leading word: [topic index in BODY_PREPARED, term index]. */
const TERMS_BY_LEAD = new Map<string, [number, number][]>();
/** Key terms that start with neither a letter nor a digit: always tried. */
const TERMS_WITHOUT_LEAD: [number, number][] = [];
BODY_PREPARED.forEach((p, topic) => {
  p.termLeads.forEach((lead, term) => {
    if (lead === null || lead === undefined) {
      TERMS_WITHOUT_LEAD.push([topic, term]);
      return;
    }
    const list = TERMS_BY_LEAD.get(lead) ?? [];
    list.push([topic, term]);
    TERMS_BY_LEAD.set(lead, list);
  });
});

/**
 * The key terms a body may hold as whole words: those whose leading word is a word of the body
 * (a maximal run of letters and digits, code unit by code unit, as `countOccurrences` sees them),
 * and those without a leading word. Each term once, in no particular order.
 */
function termsInBody(text: string): [number, number][] {
  const found: [number, number][] = [...TERMS_WITHOUT_LEAD];
  const seen = new Set<string>();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isLetterOrDigit(text.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      const word = text.slice(start, i);
      const terms = TERMS_BY_LEAD.get(word);
      if (terms !== undefined && !seen.has(word)) {
        seen.add(word);
        found.push(...terms);
      }
      start = -1;
    }
  }
  return found;
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const after = at + needle.length;
    if (
      (at === 0 || !isLetterOrDigit(haystack.charCodeAt(at - 1))) &&
      (after >= haystack.length || !isLetterOrDigit(haystack.charCodeAt(after)))
    )
      count++;
    at = haystack.indexOf(needle, after);
  }
  return count;
}

const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/** `/[\p{L}\d]/u` for one UTF-16 code unit, without a RegExp for ASCII. */
function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
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
 * there is no title). `parentTopicId` favours sub-topics of the section's topic on ties;
 * `minBodyHits` (default 2) is how many key-term hits a body needs (1 for a short paragraph);
 * `rollUp` gives the root topic of a sub-topic match (for section headings).
 * @example matchTopic('Update on progress towards Visa Reciprocity') // { id: 'visa-reciprocity', matchedBy: 'title-alias', ... }
 */
export function matchTopic(
  title: string | null,
  bodyText?: string,
  context: { parentTopicId?: string | null; minBodyHits?: number; rollUp?: boolean } = {},
): TopicRef {
  const found = matchTopicOnce(title, bodyText, context);
  if (!context.rollUp) return found;
  // a section titled after a sub-topic ("Ukraine: accountability") belongs to the parent topic,
  // so that meetings align on it; the sub-topic's own id stays for sub-topics
  const root = findTopicDefinition(rootOf(found.id));
  return root && root.id !== found.id
    ? { id: root.id, label: root.label, confidence: found.confidence, matchedBy: found.matchedBy }
    : found;
}

function rootOf(id: string): string {
  let topic = findTopicDefinition(id);
  while (topic?.parentId) topic = findTopicDefinition(topic.parentId);
  return topic?.id ?? id;
}

function matchTopicOnce(
  title: string | null,
  bodyText: string | undefined,
  context: { parentTopicId?: string | null; minBodyHits?: number; rollUp?: boolean },
): TopicRef {
  const normalised = title === null ? '' : normaliseTitle(title);
  const favour = (p: Prepared) =>
    context.parentTopicId && p.topic.parentId === context.parentTopicId ? 0.5 : 0;
  if (normalised !== '') {
    let best: { p: Prepared; exact: boolean; length: number } | null = null;
    const padded = ` ${normalised} `;
    // an alias equal to the title, or inside it as whole words, starts with one of its words
    for (const { topic, item } of slotsFor(ALIASES_BY_WORD, normalised)) {
      const p = PREPARED[topic] as Prepared;
      const alias = p.aliases[item] as string;
      const exact = alias === normalised;
      if (
        !exact &&
        (alias.length < 5 || EXACT_ONLY.has(p.topic.id) || !padded.includes(p.paddedAliases[item] as string))
      )
        continue;
      const length = exact ? Number.MAX_SAFE_INTEGER : alias.length + favour(p);
      if (best === null || length > best.length) best = { p, exact, length };
    }
    if (best) return ref(best.p.topic, best.exact ? 1 : 0.9, 'title-alias');
    const scores = new Map<number, number>();
    for (const { topic, item } of slotsFor(TITLE_TERMS_BY_WORD, normalised)) {
      const term = (PREPARED[topic] as Prepared).titleTerms[item] as { padded: string; weight: number };
      if (padded.includes(term.padded)) scores.set(topic, (scores.get(topic) ?? 0) + term.weight);
    }
    let bestTerms: { p: Prepared; score: number } | null = null;
    for (const topic of [...scores.keys()].sort((a, b) => a - b)) {
      const p = PREPARED[topic] as Prepared;
      const score = (scores.get(topic) as number) + favour(p);
      if (bestTerms === null || score > bestTerms.score) bestTerms = { p, score };
    }
    if (bestTerms) return ref(bestTerms.p.topic, Math.min(0.8, 0.5 + 0.1 * bestTerms.score), 'title-terms');
  }
  if (bodyText !== undefined && bodyText !== '') {
    const body = bodyText.toLowerCase().replace(/[“”‘’]/g, "'");
    const unnumbered = body.replace(/^\s*(?:\d{1,2}|[ivxlc]{1,6}|\(?[a-z])[.)]\s+/, '');
    const leadEnd = unnumbered.search(/[.;:](?:\s|$)/);
    const lead = leadEnd < 0 ? unnumbered : unnumbered.slice(0, leadEnd);
    // a whole-word occurrence starts with a word of the body (the lead is part of the body)
    const hits = BODY_PREPARED.map(() => ({ score: 0, first: Number.MAX_SAFE_INTEGER }));
    for (const [topic, k] of termsInBody(body)) {
      const term = (BODY_PREPARED[topic] as Prepared).terms[k] as string;
      // the lead sentence names the subject: its terms count twice
      const n = countOccurrences(body, term) + countOccurrences(lead, term);
      if (n > 0) {
        const hit = hits[topic] as { score: number; first: number };
        hit.score += n;
        hit.first = Math.min(hit.first, body.indexOf(term));
      }
    }
    const scored = BODY_PREPARED.map((p, topic) => {
      const { score, first } = hits[topic] as { score: number; first: number };
      return { p, score: score === 0 ? 0 : score + favour(p), first };
    })
      // most hits first; on a tie, the topic the text raises first
      .sort((a, b) => b.score - a.score || a.first - b.first);
    if (context.rollUp) {
      // rolling up: a sub-topic's hits count for its root ("extremism" for counter-terrorism)
      for (const child of scored) {
        if (child.p.topic.parentId === null || child.score === 0) continue;
        const root = scored.find((r) => r.p.topic.id === rootOf(child.p.topic.id));
        if (root && root !== child) {
          root.score += child.score;
          root.first = Math.min(root.first, child.first);
        }
      }
      scored.sort((a, b) => b.score - a.score || a.first - b.first);
    }
    const [first, second] = scored;
    const runnerUp = second?.score ?? 0;
    if (first && first.score >= (context.minBodyHits ?? 2)) {
      const margin = first.score >= runnerUp * 1.25 ? 0 : first.score > runnerUp ? 0.05 : 0.1;
      return ref(first.p.topic, Math.min(0.6, 0.35 + 0.05 * first.score) - margin, 'body-terms');
    }
  }
  if (normalised === '')
    return { id: 'x-untitled', label: 'Untitled', confidence: 0.1, matchedBy: 'derived' };
  return {
    id: deriveTopicId(title ?? ''),
    label: (title ?? '').trim().slice(0, 120),
    confidence: 0.2,
    matchedBy: 'derived',
  };
}
