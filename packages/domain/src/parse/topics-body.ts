import { findTopicDefinition, TOPICS } from '../lexicon/topics.js';
import type { TopicDefinition } from '../schema/topic.js';

/** The topics a body can point to (an annex is placed by its heading only), in taxonomy order. */
const BODY_TOPICS = TOPICS.filter((t) => t.id !== 'annex');

/** A key term of a body topic. */
interface BodyTerm {
  /** Index in `BODY_TOPICS`. */
  topic: number;
  term: string;
}

/** The key terms that start with one word: those that are that word, and the longer ones. */
interface TermsOfLead {
  /** Index of this lead, to note once per body that it was seen. */
  id: number;
  lead: string;
  whole: BodyTerm[];
  longer: BodyTerm[];
}

/** Key terms by the hash (`hashWord`) of their leading run of letters and digits (`leadingWord`). */
const TERMS_BY_LEAD_HASH = new Map<number, TermsOfLead[]>();
let leadCount = 0;
/** Key terms that start with neither a letter nor a digit: always counted. */
const TERMS_WITHOUT_LEAD: BodyTerm[] = [];
BODY_TOPICS.forEach((topic, index) => {
  for (const keyTerm of topic.keyTerms) {
    const term = keyTerm.toLowerCase().trim();
    const lead = leadingWord(term);
    if (lead === null) {
      TERMS_WITHOUT_LEAD.push({ topic: index, term });
      continue;
    }
    const hash = hashWord(lead, 0, lead.length);
    const sameHash = TERMS_BY_LEAD_HASH.get(hash) ?? [];
    let entry = sameHash.find((e) => e.lead === lead);
    if (entry === undefined) {
      entry = { id: leadCount++, lead, whole: [], longer: [] };
      sameHash.push(entry);
      TERMS_BY_LEAD_HASH.set(hash, sameHash);
    }
    (lead === term ? entry.whole : entry.longer).push({ topic: index, term });
  }
});

/** A 32-bit hash of `text.slice(start, end)`, without building it. */
export function hashWord(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** The key terms whose leading word is `text.slice(start, end)`, or undefined. */
function termsOfLead(text: string, start: number, end: number, hash: number): TermsOfLead | undefined {
  const sameHash = TERMS_BY_LEAD_HASH.get(hash);
  if (sameHash === undefined) return undefined;
  return sameHash.find((e) => e.lead.length === end - start && text.startsWith(e.lead, start));
}

/** Index in `BODY_TOPICS` of the root a sub-topic's hits count for when rolling up (-1: none). */
const ROOT_INDEX = BODY_TOPICS.map((topic, index) => {
  if (topic.parentId === null) return -1;
  const root = BODY_TOPICS.findIndex((r) => r.id === rootTopicId(topic.id));
  return root === index ? -1 : root;
});

/** The id of a topic's root (itself for a root; the id as given when it is not in the taxonomy). */
export function rootTopicId(id: string): string {
  let topic = findTopicDefinition(id);
  while (topic?.parentId) topic = findTopicDefinition(topic.parentId);
  return topic?.id ?? id;
}

/** The best-scored topic of a body and the score of the runner-up. */
export interface BodyRanking {
  topic: TopicDefinition;
  score: number;
  runnerUp: number;
}

/**
 * Scores each topic by its key terms in the body (whole words, lower case, curly quotes
 * straightened; the lead sentence, up to the first `.`, `;` or `:`, counts twice), favours
 * sub-topics of `parentTopicId` by 0.5, and with `rollUp` adds a sub-topic's score to its root.
 * Gives the top topic (most hits, then the one the body raises first, then taxonomy order)
 * and the runner-up's score. Equivalent to counting every key term with `countOccurrences`
 * in the body and in its lead and sorting all topics, but reads the body's words once.
 */
export function rankBodyTopics(
  bodyText: string,
  context: { parentTopicId?: string | null; rollUp?: boolean },
): BodyRanking {
  const body = bodyText.toLowerCase().replace(/[“”‘’]/g, "'");
  const unnumbered = body.replace(/^\s*(?:\d{1,2}|[ivxlc]{1,6}|\(?[a-z])[.)]\s+/, '');
  const leadEnd = unnumbered.search(/[.;:](?:\s|$)/);
  const lead = leadEnd < 0 ? unnumbered : unnumbered.slice(0, leadEnd);
  const leadStart = body.length - unnumbered.length;
  const hits = new BodyHits();
  for (const t of TERMS_WITHOUT_LEAD) hits.addCounted(t, body, lead);
  const seen: boolean[] = new Array(leadCount).fill(false);
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : 32;
    if (isLetterOrDigit(c)) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      // as hashWord(body, start, i + 1)
      hash = (Math.imul(hash, 31) + c) | 0;
      continue;
    }
    if (start < 0) continue;
    const entry = termsOfLead(body, start, i, hash);
    if (entry !== undefined) {
      // a word inside the lead sentence counts twice (no word straddles the lead's ends)
      const weight = start >= leadStart && i <= leadStart + lead.length ? 2 : 1;
      for (const t of entry.whole) hits.add(t.topic, weight);
      if (!seen[entry.id]) {
        seen[entry.id] = true;
        for (const t of entry.whole) hits.noteFirst(t, body);
        for (const t of entry.longer) hits.addCounted(t, body, lead);
      }
    }
    start = -1;
  }
  return hits.rank(context);
}

/** Key-term hits per body topic: the score, and where the body first holds one of its terms. */
class BodyHits {
  readonly score: number[] = new Array(BODY_TOPICS.length).fill(0);
  readonly first: number[] = new Array(BODY_TOPICS.length).fill(Number.MAX_SAFE_INTEGER);

  /** Counts a term's whole-word occurrences in the body and (again) in its lead. */
  addCounted(t: BodyTerm, body: string, lead: string): void {
    const n = countOccurrences(body, t.term) + countOccurrences(lead, t.term);
    if (n === 0) return;
    this.add(t.topic, n);
    this.noteFirst(t, body);
  }

  add(topic: number, hits: number): void {
    this.score[topic] = (this.score[topic] as number) + hits;
  }

  /** Notes where the term first appears in the body (as any substring, as `indexOf` finds it). */
  noteFirst(t: BodyTerm, body: string): void {
    this.first[t.topic] = Math.min(this.first[t.topic] as number, body.indexOf(t.term));
  }

  /**
   * The top two topics, as a stable sort of the taxonomy by score then first hit would place
   * them; after rolling up, a stable sort of that order again (ties keep the order before).
   */
  rank(context: { parentTopicId?: string | null; rollUp?: boolean }): BodyRanking {
    const { score, first } = this;
    BODY_TOPICS.forEach((topic, i) => {
      if (score[i] !== 0 && context.parentTopicId && topic.parentId === context.parentTopicId)
        score[i] = (score[i] as number) + 0.5;
    });
    const before = context.rollUp ? { score: [...score], first: [...first] } : this;
    if (context.rollUp) rollUp(before, this);
    // a strict order: after (score, first), the order before rolling up, then the taxonomy's
    const ahead = (a: number, b: number): boolean =>
      precedes(this, a, b) ||
      (!precedes(this, b, a) && (precedes(before, a, b) || (!precedes(before, b, a) && a < b)));
    let best = 0;
    let second = -1;
    for (let i = 1; i < BODY_TOPICS.length; i++) {
      if (ahead(i, best)) {
        second = best;
        best = i;
      } else if (second < 0 || ahead(i, second)) second = i;
    }
    return {
      topic: BODY_TOPICS[best] as TopicDefinition,
      score: score[best] as number,
      runnerUp: second < 0 ? 0 : (score[second] as number),
    };
  }
}

/** Scores and first hits by body topic. */
interface Ranked {
  readonly score: number[];
  readonly first: number[];
}

/** Adds each sub-topic's score (as it was before) to its root's, and takes the earlier first hit. */
function rollUp(before: Ranked, after: Ranked): void {
  ROOT_INDEX.forEach((root, child) => {
    const score = before.score[child] as number;
    if (root < 0 || score === 0) return;
    after.score[root] = (after.score[root] as number) + score;
    after.first[root] = Math.min(after.first[root] as number, before.first[child] as number);
  });
}

/** Topic `a` has the higher score, or the same score and the earlier first hit. */
function precedes(r: Ranked, a: number, b: number): boolean {
  const sa = r.score[a] as number;
  const sb = r.score[b] as number;
  return sa !== sb ? sa > sb : (r.first[a] as number) < (r.first[b] as number);
}

/** The run of letters and digits a term starts with, or null when it starts with something else. */
function leadingWord(term: string): string | null {
  let end = 0;
  while (end < term.length && isLetterOrDigit(term.charCodeAt(end))) end++;
  return end === 0 ? null : term.slice(0, end);
}

/**
 * Occurrences of `needle` in `haystack` as whole words (no letter or digit on either side),
 * found left to right without overlaps.
 */
export function countOccurrences(haystack: string, needle: string): number {
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
export function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
