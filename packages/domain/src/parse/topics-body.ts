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

/** The key terms that start with one word (their leading run of letters and digits). */
interface TermsOfLead {
  lead: string;
  /** Terms that are the word itself: a hit wherever the word stands. */
  whole: BodyTerm[];
  /**
   * Longer terms no proper prefix of which is also a suffix: their occurrences cannot overlap,
   * so each whole-word one starts where the word stands, and is found there.
   */
  unbordered: BodyTerm[];
  /** Other longer terms: counted by `countOccurrences` when the word first shows. */
  bordered: BodyTerm[];
}

/** Slots of `TERMS_BY_LEAD_SLOT` (a power of two, well above the number of leading words). */
const LEAD_SLOTS = 4096;
/**
 * Key terms by the low bits of the hash (`hashWord`) of their leading word: an array slot is
 * read faster than a Map, and most words of a body find an empty slot.
 */
const TERMS_BY_LEAD_SLOT: (TermsOfLead[] | undefined)[] = new Array(LEAD_SLOTS).fill(undefined);
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
    const slot = hashWord(lead, 0, lead.length) & (LEAD_SLOTS - 1);
    const sameSlot = TERMS_BY_LEAD_SLOT[slot] ?? [];
    let entry = sameSlot.find((e) => e.lead === lead);
    if (entry === undefined) {
      entry = { lead, whole: [], unbordered: [], bordered: [] };
      sameSlot.push(entry);
      TERMS_BY_LEAD_SLOT[slot] = sameSlot;
    }
    const kind = lead === term ? 'whole' : hasBorder(term) ? 'bordered' : 'unbordered';
    entry[kind].push({ topic: index, term });
  }
});

/** Some key term holds a quote (straight or curly): bodies must have their curly quotes straightened. */
const TERMS_HOLD_QUOTES = BODY_TOPICS.some((t) => t.keyTerms.some((term) => /[“”‘’']/.test(term)));

/** Some proper prefix of the term is also its suffix ("a-b-a"): two occurrences may overlap. */
export function hasBorder(term: string): boolean {
  for (let k = 1; k < term.length; k++) if (term.startsWith(term.slice(term.length - k))) return true;
  return false;
}

/** A 32-bit hash of `text.slice(start, end)`, without building it. */
export function hashWord(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

/** The key terms whose leading word is `text.slice(start, end)`, or undefined. */
function termsOfLead(text: string, start: number, end: number, hash: number): TermsOfLead | undefined {
  const sameSlot = TERMS_BY_LEAD_SLOT[hash & (LEAD_SLOTS - 1)];
  if (sameSlot === undefined) return undefined;
  for (const e of sameSlot) if (e.lead.length === end - start && text.startsWith(e.lead, start)) return e;
  return undefined;
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
  const lower = bodyText.toLowerCase();
  // straightening curly quotes (same length, still no letter) changes nothing a term without quotes finds
  const body = TERMS_HOLD_QUOTES ? lower.replace(/[“”‘’]/g, "'") : lower;
  const unnumbered = body.replace(/^\s*(?:\d{1,2}|[ivxlc]{1,6}|\(?[a-z])[.)]\s+/, '');
  const leadEnd = unnumbered.search(/[.;:](?:\s|$)/);
  const lead = leadEnd < 0 ? unnumbered : unnumbered.slice(0, leadEnd);
  const leadStart = body.length - unnumbered.length;
  // an occurrence inside the lead sentence counts twice (no word straddles the lead's ends)
  const weight = (from: number, to: number) => (from >= leadStart && to <= leadStart + lead.length ? 2 : 1);
  const hits = new BodyHits(body);
  for (const t of TERMS_WITHOUT_LEAD) hits.addCounted(t, lead);
  const seen: TermsOfLead[] = [];
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
      for (const t of entry.whole) hits.add(t, weight(start, i));
      for (const t of entry.unbordered) {
        const end = start + t.term.length;
        if (body.startsWith(t.term, start) && (end >= body.length || !isLetterOrDigit(body.charCodeAt(end))))
          hits.add(t, weight(start, end));
      }
      if (!seen.includes(entry)) {
        seen.push(entry);
        for (const t of entry.bordered) hits.addCounted(t, lead);
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
  /** The terms hit so far. */
  private readonly held: BodyTerm[] = [];

  constructor(private readonly body: string) {}

  /** Counts a term's whole-word occurrences in the body and (again) in its lead. */
  addCounted(t: BodyTerm, lead: string): void {
    const n = countOccurrences(this.body, t.term) + countOccurrences(lead, t.term);
    if (n > 0) this.add(t, n);
  }

  /** Adds hits of a term, and the first time notes where the body first holds it (as any substring). */
  add(t: BodyTerm, hits: number): void {
    this.score[t.topic] = (this.score[t.topic] as number) + hits;
    if (this.held.includes(t)) return;
    this.held.push(t);
    this.first[t.topic] = Math.min(this.first[t.topic] as number, this.body.indexOf(t.term));
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
      // a topic without hits (its first hit unset) is behind any earlier topic
      if (score[i] === 0 && second >= 0) continue;
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
