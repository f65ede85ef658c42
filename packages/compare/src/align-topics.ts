import { findTopicDefinition } from '@som/domain';
import type { CompareThresholds } from './schema/options.js';
import type { AlignmentMethod } from './schema/topic-diff.js';
import { buildTfIdf, cosine, roundScore, type TermIndex, type Tokenizer, tokenize } from './similarity.js';
import type { TopicUnit } from './topic-units.js';

/**
 * Topic units of the two meetings that speak about the same thing. One-to-one for `topic-id` and
 * `similarity`; one base unit to several target units for `split`; several to one for `merge`;
 * one side empty for `unmatched` (an added or removed topic).
 */
export interface TopicGroup {
  base: TopicUnit[];
  target: TopicUnit[];
  method: AlignmentMethod;
  score: number;
  /** For `split` / `merge`: the cosine of each unit of the larger side with the single unit of the other. */
  partScores: number[];
  /**
   * Sub-topics (or parent sections) with no counterpart of their own, read as part of an aligned unit
   * of the same side: "Accountability" under "Support to Ukraine" when the other meeting treats
   * Ukraine as one block. `host` is the aligned unit they belong to.
   */
  baseAbsorbed: { unit: TopicUnit; host: TopicUnit }[];
  targetAbsorbed: { unit: TopicUnit; host: TopicUnit }[];
}

/** True when the parser placed the unit by guesswork, so its id cannot be trusted to match across meetings. */
export function isLowConfidence(unit: TopicUnit, thresholds: CompareThresholds): boolean {
  return unit.derived || unit.confidence < thresholds.lowConfidence;
}

/**
 * True when every content word of one of `part`'s titles, or of its topic label, appears in `whole`'s
 * titles: "Information sharing" in "Counter-Terrorism and Information Sharing", the topic "Cybercrime"
 * in "Cybercrime and e-evidence".
 */
function titleContained(part: TopicUnit, whole: TopicUnit, tokens: Tokenizer): boolean {
  const wholeTokens = new Set(whole.titles.flatMap((t) => tokens(t.text)));
  return [...part.titles.map((t) => t.text), part.label].some((text) => {
    const partTokens = new Set(tokens(text));
    if (partTokens.size === 0 || partTokens.size >= wholeTokens.size) return false;
    return [...partTokens].every((t) => wholeTokens.has(t));
  });
}

/** Reads -ize and -ise spellings as one ("organized crime" / "organised crime"). */
function foldSpelling(token: string): string {
  return token.includes('iz') ? token.replace(/iz(e|ed|ing|ation)$/, 'is$1') : token;
}

/** True when `needle` occurs in `haystack` as a run of consecutive tokens. */
function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * True when a statement of `host` names the subject of `part` in so many words: one of `part`'s
 * titles, its topic label or an alias of its canonical topic, at least two content words long
 * ("transnational organized crime" in a paragraph that the next meeting splits into "Transnational
 * organised crime" and "Synthetic drugs"). The statements that go to the other meeting's second
 * topic are then already in the host, under the host's topic.
 */
function mentionsSubject(host: TopicUnit, part: TopicUnit, tokens: Tokenizer): boolean {
  const phrases = [
    ...part.titles.map((t) => t.text),
    part.label,
    ...(part.derived ? [] : (findTopicDefinition(part.topicId)?.aliases ?? [])),
  ]
    .map((text) => tokens(text).map(foldSpelling))
    .filter((tokens) => tokens.length >= 2);
  if (phrases.length === 0) return false;
  return host.statements.some((st) => {
    const words = tokens(st.text).map(foldSpelling);
    return phrases.some((phrase) => containsRun(words, phrase));
  });
}

/**
 * Aligns the topic units of two meetings: first by identical topic id, then a topic with its taxonomy
 * parent (`parent-topic`), then one-to-one by TF-IDF cosine for
 * units the taxonomy did not place with confidence, then joins leftovers to their closest aligned unit
 * as a split (one base topic now two) or merge (two base topics now one) when they are similar enough
 * (`splitSimilarity`) and either side is a guess, the leftover's title is contained in the other's
 * titles, or a statement of the aligned unit names the leftover's subject (see mentionsSubject).
 * Everything left is unmatched. Greedy, with ties broken by document order, so the result is
 * deterministic. `terms` may be the TermIndex the caller's other models share, `tokens` its cached tokenizer.
 */
export function alignTopics(
  base: TopicUnit[],
  target: TopicUnit[],
  thresholds: CompareThresholds,
  terms?: TermIndex,
  tokens: Tokenizer = tokenize,
): TopicGroup[] {
  const model = buildTfIdf([...base.map((u) => u.tokens), ...target.map((u) => u.tokens)], terms);
  const vb = base.map((u) => model.vector(u.tokens));
  const vt = target.map((u) => model.vector(u.tokens));
  const sim = base.map((_, i) => target.map((_, j) => cosine(vb[i]!, vt[j]!)));
  const s = (i: number, j: number) => sim[i]![j]!;
  const low = (u: TopicUnit) => isLowConfidence(u, thresholds);
  const groups: TopicGroup[] = [];
  const groupOfBase: (TopicGroup | null)[] = base.map(() => null);
  const groupOfTarget: (TopicGroup | null)[] = target.map(() => null);

  const baseById = new Map(base.map((u, i) => [u.topicId, i]));
  target.forEach((t, j) => {
    const i = baseById.get(t.topicId);
    if (i === undefined) return;
    const b = base[i]!;
    const score = low(b) || low(t) ? Math.max(Math.min(b.confidence, t.confidence), s(i, j)) : 1;
    const group: TopicGroup = {
      base: [b],
      target: [t],
      method: 'topic-id',
      score: roundScore(score),
      partScores: [],
      baseAbsorbed: [],
      targetAbsorbed: [],
    };
    groups.push(group);
    groupOfBase[i] = group;
    groupOfTarget[j] = group;
  });

  // A topic and its parent in the taxonomy ("Ukraine: accountability" and "Russia's war against Ukraine"),
  // when neither found its own id on the other side.
  target.forEach((t, j) => {
    if (groupOfTarget[j]) return;
    const i = base.findIndex(
      (b, k) => !groupOfBase[k] && (b.topicId === t.taxonomyParentId || b.taxonomyParentId === t.topicId),
    );
    if (i < 0) return;
    const group: TopicGroup = {
      base: [base[i]!],
      target: [t],
      method: 'parent-topic',
      score: roundScore(Math.max(0.5, s(i, j))),
      partScores: [],
      baseAbsorbed: [],
      targetAbsorbed: [],
    };
    groups.push(group);
    groupOfBase[i] = group;
    groupOfTarget[j] = group;
  });

  const candidates: [number, number, number][] = [];
  base.forEach((b, i) => {
    if (groupOfBase[i]) return;
    target.forEach((t, j) => {
      if (groupOfTarget[j]) return;
      // Two confidently placed, different topics align only when their texts are close ("organised crime"
      // continuing as a paragraph that is mostly about drugs).
      const min = low(b) || low(t) ? thresholds.topicSimilarity : thresholds.realignSimilarity;
      if (s(i, j) >= min) candidates.push([s(i, j), i, j]);
    });
  });
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [score, i, j] of candidates) {
    if (groupOfBase[i] || groupOfTarget[j]) continue;
    const group: TopicGroup = {
      base: [base[i]!],
      target: [target[j]!],
      method: 'similarity',
      score: roundScore(score),
      partScores: [],
      baseAbsorbed: [],
      targetAbsorbed: [],
    };
    groups.push(group);
    groupOfBase[i] = group;
    groupOfTarget[j] = group;
  }

  // A sub-topic with no counterpart joins its parent section's topic when that is aligned, and a
  // section topic with no counterpart joins its first aligned sub-topic.
  const absorb = (
    units: TopicUnit[],
    groupsOf: (TopicGroup | null)[],
    key: 'baseAbsorbed' | 'targetAbsorbed',
  ) => {
    const byId = new Map(units.map((u, i) => [u.topicId, i]));
    units.forEach((u, i) => {
      if (groupsOf[i]) return;
      const hostIds = [
        ...u.parentTopicIds,
        ...u.childTopicIds,
        ...(u.taxonomyParentId ? [u.taxonomyParentId] : []),
      ];
      for (const id of hostIds) {
        const k = byId.get(id);
        const g = k === undefined ? null : groupsOf[k];
        if (k === undefined || !g || g.method === 'unmatched') continue;
        g[key].push({ unit: u, host: units[k]! });
        groupsOf[i] = g;
        return;
      }
    });
  };
  absorb(base, groupOfBase, 'baseAbsorbed');
  absorb(target, groupOfTarget, 'targetAbsorbed');

  const joinable = (part: TopicUnit, whole: TopicUnit, score: number) =>
    score >= thresholds.splitSimilarity &&
    (low(part) || low(whole) || titleContained(part, whole, tokens) || mentionsSubject(whole, part, tokens));
  // A leftover on one side joins its closest one-to-one group on the other side: a target leftover
  // makes a split (one base topic became two), a base leftover a merge (two became one).
  const joinLeftovers = (side: 'base' | 'target') => {
    const split = side === 'target';
    const parts = split ? target : base;
    const wholes = split ? base : target;
    const groupOfPart = split ? groupOfTarget : groupOfBase;
    const groupOfWhole = split ? groupOfBase : groupOfTarget;
    const wholeSide = split ? 'base' : 'target';
    const method = split ? 'split' : 'merge';
    const score = (part: number, whole: number) => (split ? s(whole, part) : s(part, whole));
    parts.forEach((part, k) => {
      if (groupOfPart[k]) return;
      let best = -1;
      wholes.forEach((whole, w) => {
        const g = groupOfWhole[w];
        if (g?.[wholeSide].length !== 1 || g.method === (split ? 'merge' : 'split')) return;
        if (!g[wholeSide].includes(whole)) return;
        if (best < 0 || score(k, w) > score(k, best)) best = w;
      });
      if (best < 0 || !joinable(part, wholes[best]!, score(k, best))) return;
      const group = groupOfWhole[best]!;
      if (group.method !== method) group.partScores = [group.score];
      group.method = method;
      group[side].push(part);
      group.partScores.push(roundScore(score(k, best)));
      groupOfPart[k] = group;
    });
  };
  joinLeftovers('target');
  joinLeftovers('base');

  base.forEach((b, i) => {
    if (!groupOfBase[i])
      groups.push({
        base: [b],
        target: [],
        method: 'unmatched',
        score: 0,
        partScores: [],
        baseAbsorbed: [],
        targetAbsorbed: [],
      });
  });
  target.forEach((t, j) => {
    if (!groupOfTarget[j])
      groups.push({
        base: [],
        target: [t],
        method: 'unmatched',
        score: 0,
        partScores: [],
        baseAbsorbed: [],
        targetAbsorbed: [],
      });
  });
  return groups;
}
