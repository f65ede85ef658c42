import type { OutcomeDocument, Statement } from '@som/domain';
import { alignTopics, type TopicGroup } from './align-topics.js';
import { findCommitmentsDue } from './commitments-due.js';
import { createDocumentContext } from './document-context.js';
import { type CompareOptions, resolveCompareOptions } from './options.js';
import {
  createStatementText,
  detectMoves,
  pairStatements,
  type StatementPairing,
  type StatementSimilarity,
  type StatementText,
} from './pair-statements.js';
import { COMPARE_SCHEMA_VERSION, type DiffStats, type MeetingDiff } from './schema/meeting-diff.js';
import type { ResolvedCompareOptions } from './schema/options.js';
import type { SummaryBullet, TopicDiff } from './schema/topic-diff.js';
import {
  buildTfIdf,
  cosine,
  createTermIndex,
  createTokenizer,
  type TermIndex,
  type TermVector,
  type Tokenizer,
} from './similarity.js';
import { sortBullets } from './summarise.js';
import {
  buildTopicDiff,
  entryBaseStatements,
  entryTargetStatements,
  isCommitmentOf,
  type TopicEntry,
} from './topic-diff.js';
import { collectTopicUnits, type TopicUnit } from './topic-units.js';

/** Most bullets `MeetingDiff.summary` carries (the topics keep all theirs). */
const TOP_SUMMARY = 30;

/** Swaps the sides of an alignment group (split <-> merge). */
export function flipGroup(g: TopicGroup): TopicGroup {
  const method = g.method === 'split' ? 'merge' : g.method === 'merge' ? 'split' : g.method;
  return {
    base: g.target,
    target: g.base,
    method,
    score: g.score,
    partScores: g.partScores,
    baseAbsorbed: g.targetAbsorbed,
    targetAbsorbed: g.baseAbsorbed,
  };
}

/** Runs a pairing in a fixed orientation, so swapping base and target swaps the result exactly. */
export function pairOriented(
  flip: boolean,
  base: Statement[],
  target: Statement[],
  similarity: StatementSimilarity,
  threshold: number,
  normalisedTextOf?: StatementText,
): StatementPairing {
  if (!flip) return pairStatements(base, target, similarity, threshold, normalisedTextOf);
  const r = pairStatements(target, base, (t, b) => similarity(b, t), threshold, normalisedTextOf);
  return {
    pairs: r.pairs.map((p) => ({
      base: p.target,
      target: p.base,
      similarity: p.similarity,
      unchanged: p.unchanged,
    })),
    removed: r.added,
    added: r.removed,
  };
}

/** A statement similarity: TF-IDF cosine over content words, the idf learnt from the statements of both sides. */
export function createStatementSimilarity(
  base: readonly Statement[],
  target: readonly Statement[],
  tokens: Tokenizer = createTokenizer(),
  terms: TermIndex = createTermIndex(),
): StatementSimilarity {
  const tokensOf = (s: Statement) => tokens(s.text);
  const model = buildTfIdf([...base.map(tokensOf), ...target.map(tokensOf)], terms);
  const vectors = new Map<Statement, TermVector>();
  const vectorOf = (s: Statement) => {
    let v = vectors.get(s);
    if (!v) {
      v = model.vector(tokensOf(s));
      vectors.set(s, v);
    }
    return v;
  };
  return (b, t) => cosine(vectorOf(b), vectorOf(t));
}

function statementsOf(units: readonly TopicUnit[], absorbed: TopicGroup['baseAbsorbed']): Statement[] {
  return [...units, ...absorbed.map((a) => a.unit)]
    .flatMap((u) => u.statements)
    .sort((a, b) => a.span.start - b.span.start || a.id.localeCompare(b.id));
}

/** Topic label of a one-to-one group: the canonical side, else the more confident, else the target's. */
function pickTopic(g: TopicGroup): TopicUnit {
  const [b, t] = [g.base[0], g.target[0]];
  if (!b) return t!;
  if (!t) return b;
  if (b.derived !== t.derived) return b.derived ? t : b;
  return b.confidence > t.confidence ? b : t;
}

function titleSpans(units: readonly TopicUnit[]) {
  return units.flatMap((u) => u.titles.flatMap((t) => (t.span ? [t.span] : [])));
}

/** Splits a group into topic entries (one per unit of the larger side) and distributes its statement pairs. */
function buildEntries(g: TopicGroup, pairing: StatementPairing): TopicEntry[] {
  // Absorbed sub-topics (or parent sections) count as part of their host unit.
  const withAbsorbed = (units: TopicUnit[], absorbed: TopicGroup['baseAbsorbed']) => [
    ...units,
    ...absorbed.filter((a) => units.includes(a.host)).map((a) => a.unit),
  ];
  const entryFor = (
    self: TopicUnit,
    score: number,
    baseMain: TopicUnit[],
    targetMain: TopicUnit[],
  ): TopicEntry => {
    const baseUnits = withAbsorbed(baseMain, g.baseAbsorbed);
    const targetUnits = withAbsorbed(targetMain, g.targetAbsorbed);
    return {
      topic: { id: self.topicId, label: self.label },
      status: baseUnits.length === 0 ? 'added' : targetUnits.length === 0 ? 'removed' : 'continued',
      alignment: {
        baseSectionIds: baseUnits.flatMap((u) => u.sectionIds),
        targetSectionIds: targetUnits.flatMap((u) => u.sectionIds),
        baseSubtopicIds: baseUnits.flatMap((u) => u.subtopicIds),
        targetSubtopicIds: targetUnits.flatMap((u) => u.subtopicIds),
        baseTopicIds: baseUnits.map((u) => u.topicId),
        targetTopicIds: targetUnits.map((u) => u.topicId),
        baseTitles: baseMain.flatMap((u) => u.titles.map((t) => t.text)),
        targetTitles: targetMain.flatMap((u) => u.titles.map((t) => t.text)),
        score,
        method: g.method,
      },
      pairs: [],
      removed: [],
      added: [],
      movedOut: [],
      movedIn: [],
      titleSpans: { base: titleSpans(baseMain), target: titleSpans(targetMain) },
    };
  };
  if (g.method === 'split' || g.method === 'merge') {
    const many = g.method === 'split' ? g.target : g.base;
    const one = g.method === 'split' ? g.base : g.target;
    const entries = many.map((u, k) =>
      g.method === 'split'
        ? entryFor(u, g.partScores[k] ?? 0, one, [u])
        : entryFor(u, g.partScores[k] ?? 0, [u], one),
    );
    const unitIndex = new Map<Statement, number>();
    const absorbed = g.method === 'split' ? g.targetAbsorbed : g.baseAbsorbed;
    many.forEach((u, k) => {
      for (const s of u.statements) unitIndex.set(s, k);
      for (const a of absorbed) if (a.host === u) for (const s of a.unit.statements) unitIndex.set(s, k);
    });
    // Statements of the single side that found no partner go to the part with the same topic id, else the closest part.
    let home = many.findIndex((u) => u.topicId === one[0]!.topicId);
    if (home < 0) home = g.partScores.indexOf(Math.max(...g.partScores));
    for (const p of pairing.pairs)
      entries[unitIndex.get(g.method === 'split' ? p.target : p.base)!]!.pairs.push(p);
    if (g.method === 'split') {
      for (const s of pairing.added) entries[unitIndex.get(s)!]!.added.push(s);
      entries[home]!.removed.push(...pairing.removed);
    } else {
      for (const s of pairing.removed) entries[unitIndex.get(s)!]!.removed.push(s);
      entries[home]!.added.push(...pairing.added);
    }
    return entries;
  }
  const entry = entryFor(pickTopic(g), g.score, g.base, g.target);
  entry.pairs = pairing.pairs;
  entry.removed = pairing.removed;
  entry.added = pairing.added;
  return [entry];
}

function countStats(topics: readonly TopicDiff[]): DiffStats {
  const rows = topics.flatMap((t) => t.statements);
  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    topicsAdded: topics.filter((t) => t.status === 'added').length,
    topicsRemoved: topics.filter((t) => t.status === 'removed').length,
    topicsContinued: topics.filter((t) => t.status === 'continued').length,
    stanceShifts: topics.flatMap((t) => t.actors).filter((a) => a.change === 'shifted').length,
    statementsChanged: count('changed'),
    statementsAdded: count('added'),
    statementsRemoved: count('removed'),
    // A move appears in the topic it left and the topic it joined: count it once.
    statementsMoved: rows.filter((r) => r.status === 'moved' && r.movedTo !== null).length,
    figuresChanged: topics.flatMap((t) => t.figures).filter((f) => f.status === 'changed').length,
    commitmentsDue: topics.flatMap((t) => t.commitmentsDue).length,
  };
}

function keepTopic(t: TopicDiff, options: ResolvedCompareOptions): boolean {
  if (options.topics) {
    const ids = [t.topic.id, ...t.alignment.baseTopicIds, ...t.alignment.targetTopicIds];
    if (!ids.some((id) => options.topics!.includes(id))) return false;
  }
  if (options.actor !== null && t.actors.length === 0) return false;
  return true;
}

/**
 * Compares two parsed meetings topic by topic and actor by actor (see MeetingDiff).
 *
 * Topics are aligned first (by id, then similarity, then split / merge), statements are paired only
 * inside aligned topics, then statements left over are matched across topics as `moved`; redlines are
 * computed only for paired statements, which keeps a full compare of two records to a few milliseconds.
 * Order-sensitive greedy steps always run with the two documents in the same orientation (by content
 * hash), so swapping base and target swaps added/removed, new/dropped and split/merge exactly.
 * Deterministic: no clock, no randomness, every list sorted by a stable key.
 *
 * @example
 * const diff = compareMeetings(parseOutcome(march), parseOutcome(october), { topic: 'visa-reciprocity' });
 * diff.topics[0].summary[0].text; // "The US moved from information to concern on Visa reciprocity."
 */
export function compareMeetings(
  base: OutcomeDocument,
  target: OutcomeDocument,
  options: CompareOptions = {},
): MeetingDiff {
  const resolved = resolveCompareOptions(options);
  const th = resolved.thresholds;
  const flip = `${base.source.sha256}\u0000${base.id}` > `${target.source.sha256}\u0000${target.id}`;
  const baseCtx = createDocumentContext(base);
  const targetCtx = createDocumentContext(target);
  const tokens = createTokenizer();
  const baseUnits = collectTopicUnits(base, tokens);
  const targetUnits = collectTopicUnits(target, tokens);
  // One numbering of terms for the topic and statement models: each token list is looked up once.
  const terms = createTermIndex();
  const groups = flip
    ? alignTopics(targetUnits, baseUnits, th, terms, tokens).map(flipGroup)
    : alignTopics(baseUnits, targetUnits, th, terms, tokens);
  const similarity = createStatementSimilarity(base.statements, target.statements, tokens, terms);
  const normalisedText = createStatementText();

  const entries = groups.flatMap((g) =>
    buildEntries(
      g,
      pairOriented(
        flip,
        statementsOf(g.base, g.baseAbsorbed),
        statementsOf(g.target, g.targetAbsorbed),
        similarity,
        th.statementPair,
        normalisedText,
      ),
    ),
  );
  // Moves: statements left unpaired in one topic that reappear, nearly verbatim, in another.
  const removed = entries.flatMap((e, k) => e.removed.map((statement) => ({ statement, key: k })));
  const added = entries.flatMap((e, k) => e.added.map((statement) => ({ statement, key: k })));
  const moves = flip
    ? detectMoves(added, removed, (t, b) => similarity(b, t), th.moved, normalisedText).map((m) => ({
        base: m.target,
        target: m.base,
        similarity: m.similarity,
        from: m.to,
        to: m.from,
      }))
    : detectMoves(removed, added, similarity, th.moved, normalisedText);
  for (const m of moves) {
    const from = entries[m.from]!;
    const to = entries[m.to]!;
    from.removed = from.removed.filter((s) => s !== m.base);
    to.added = to.added.filter((s) => s !== m.target);
    from.movedOut.push({ ...m, from: from.topic.id, to: to.topic.id });
    to.movedIn.push({ ...m, from: from.topic.id, to: to.topic.id });
  }

  const entryBaseIds = entries.map((e) => new Set(entryBaseStatements(e).map((st) => st.id)));
  const due = findCommitmentsDue(base, target, tokens, (c) => {
    const k = entries.findIndex((e, i) => isCommitmentOf(c, e, entryBaseIds[i]!));
    return k < 0 ? [] : entryTargetStatements(entries[k]!);
  });
  const position = (e: TopicEntry): [number, number, number] => {
    const firstOf = (ids: readonly string[], units: TopicUnit[]) =>
      Math.min(...units.filter((u) => ids.includes(u.topicId)).map((u) => u.order), Number.MAX_SAFE_INTEGER);
    const statusRank = e.status === 'continued' ? 0 : e.status === 'added' ? 1 : 2;
    const t = firstOf(e.alignment.targetTopicIds, targetUnits);
    const b = firstOf(e.alignment.baseTopicIds, baseUnits);
    return e.status === 'removed' ? [statusRank, b, t] : [statusRank, t, b];
  };
  const topics = entries
    .map((e) => ({ e, k: position(e) }))
    .sort(
      (x, y) =>
        x.k[0] - y.k[0] || x.k[1] - y.k[1] || x.k[2] - y.k[2] || x.e.topic.id.localeCompare(y.e.topic.id),
    )
    .map(({ e }) => buildTopicDiff(e, baseCtx, targetCtx, due, resolved, flip))
    .filter((t) => keepTopic(t, resolved));

  const summary: SummaryBullet[] = [];
  topics.forEach((t) => {
    summary.push(...t.summary.filter((b) => b.importance >= 3));
  });
  const markings = [...new Set([base.meta.classification, target.meta.classification])]
    .filter((m): m is string => m !== null && m !== '')
    .sort();
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    base: baseCtx.ref,
    target: targetCtx.ref,
    options: resolved,
    topics,
    summary: sortBullets(summary).slice(0, TOP_SUMMARY),
    stats: countStats(topics),
    markings,
  };
}
