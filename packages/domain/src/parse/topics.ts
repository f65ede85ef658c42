import { findTopicDefinition, TOPICS } from '../lexicon/topics.js';
import type { TopicDefinition, TopicRef } from '../schema/topic.js';

/** Confidence at or below which a topic is reported with `low-topic-confidence`. */
export const LOW_TOPIC_CONFIDENCE = 0.3;

const ADJECTIVE_PRESIDENCY =
  /\b(?:latvian|luxembourg|dutch|slovak|maltese|estonian|bulgarian|austrian|romanian|finnish|croatian|german|portuguese|slovenian|french|czech|swedish|spanish|belgian|hungarian|polish|danish|cypriot|irish|lithuanian|greek|hellenic|italian) presidency\b/g;

/** Lower case, plain quotes, no heading number, no punctuation but hyphens, "Spanish Presidency" -> "presidency". */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[ivxlc]{1,6}[.)]|\(?[a-z]\))\s+/, '')
    .replace(/[^\p{L}\d\s-]/gu, ' ')
    .replace(ADJECTIVE_PRESIDENCY, 'presidency')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Prepared {
  topic: TopicDefinition;
  aliases: string[];
  terms: string[];
}

const PREPARED: Prepared[] = TOPICS.map((topic) => ({
  topic,
  aliases: topic.aliases.map(normaliseTitle),
  terms: topic.keyTerms.map((t) => t.toLowerCase().trim()),
}));

function contains(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

function countOccurrences(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let count = 0;
  let at = haystack.indexOf(needle);
  while (at >= 0) {
    const before = at === 0 ? ' ' : haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length) || ' ';
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) count++;
    at = haystack.indexOf(needle, at + needle.length);
  }
  return count;
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
  return root && root.id !== found.id ? { ...found, id: root.id, label: root.label } : found;
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
    for (const p of PREPARED) {
      for (const alias of p.aliases) {
        const exact = alias === normalised;
        if (!exact && (alias.length < 5 || !contains(normalised, alias))) continue;
        const length = exact ? Number.MAX_SAFE_INTEGER : alias.length + favour(p);
        if (best === null || length > best.length) best = { p, exact, length };
      }
    }
    if (best) return ref(best.p.topic, best.exact ? 1 : 0.9, 'title-alias');
    let bestTerms: { p: Prepared; score: number } | null = null;
    for (const p of PREPARED) {
      let score = 0;
      for (const term of p.terms)
        if (contains(normalised, normaliseTitle(term))) score += 1 + term.split(' ').length * 0.1;
      if (score === 0) continue;
      score += favour(p);
      if (bestTerms === null || score > bestTerms.score) bestTerms = { p, score };
    }
    if (bestTerms) return ref(bestTerms.p.topic, Math.min(0.8, 0.5 + 0.1 * bestTerms.score), 'title-terms');
  }
  if (bodyText !== undefined && bodyText !== '') {
    const body = bodyText.toLowerCase().replace(/[“”‘’]/g, "'");
    const unnumbered = body.replace(/^\s*(?:\d{1,2}|[ivxlc]{1,6}|\(?[a-z])[.)]\s+/, '');
    const leadEnd = unnumbered.search(/[.;:](?:\s|$)/);
    const lead = leadEnd < 0 ? unnumbered : unnumbered.slice(0, leadEnd);
    const scored = PREPARED.filter((p) => p.topic.id !== 'annex')
      .map((p) => {
        let score = 0;
        let first = Number.MAX_SAFE_INTEGER;
        for (const term of p.terms) {
          // the lead sentence names the subject: its terms count twice
          const n = countOccurrences(body, term) + countOccurrences(lead, term);
          if (n > 0) {
            score += n;
            first = Math.min(first, body.indexOf(term));
          }
        }
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
