import type { OutcomeDocument } from '@som/domain';
import { collectStances, compareActorStances, groupByActor } from './actor-stances.js';
import { isLowConfidence } from './align-topics.js';
import { findCommitmentsDue } from './commitments-due.js';
import { createStatementSimilarity, pairOriented } from './compare-meetings.js';
import { createDocumentContext, describeDocument } from './document-context.js';
import { type CompareOptions, resolveCompareOptions } from './options.js';
import { COMPARE_SCHEMA_VERSION } from './schema/meeting-diff.js';
import type { AlignmentMethod } from './schema/topic-diff.js';
import type { TimelinePoint, TopicTimeline } from './schema/topic-timeline.js';
import { buildTfIdf, cosine, createTokenizer, roundScore, type Tokenizer } from './similarity.js';
import { buildTopicDiff, type TopicEntry } from './topic-diff.js';
import { collectTopicUnits, type TopicUnit } from './topic-units.js';

/** Options of `topicTimeline`: the actor filter and thresholds of `compareMeetings` (its `topic` is ignored). */
export type TimelineOptions = Omit<CompareOptions, 'topic'>;

/** Meeting date used to order a timeline: the meeting's start, else the issue date, else last. */
function dateKey(doc: OutcomeDocument): string {
  return doc.meeting.startDate ?? doc.meta.issuedOn ?? '9999-99-99';
}

interface Found {
  units: TopicUnit[];
  method: AlignmentMethod;
  score: number;
}

/**
 * Finds the topic in each document: by its id, else (for documents where the id never occurs) by the
 * low-confidence unit most similar to the units found by id elsewhere, when at least `topicSimilarity`.
 */
function locateTopic(
  docs: readonly OutcomeDocument[],
  topicId: string,
  options: ReturnType<typeof resolveCompareOptions>,
  tokens: Tokenizer,
): Found[] {
  const th = options.thresholds;
  const unitsPerDoc = docs.map((doc) => collectTopicUnits(doc, tokens));
  const found: Found[] = unitsPerDoc.map((units) => {
    const exact = units.filter((u) => u.topicId === topicId);
    if (exact.length === 0) return { units: [], method: 'unmatched', score: 0 };
    const u = exact[0]!;
    return { units: exact, method: 'topic-id', score: isLowConfidence(u, th) ? roundScore(u.confidence) : 1 };
  });
  const reference = found.flatMap((f) => f.units);
  if (reference.length === 0) return found;
  const candidates = unitsPerDoc.map((units, i) =>
    found[i]!.units.length > 0 ? [] : units.filter((u) => isLowConfidence(u, th)),
  );
  if (candidates.every((c) => c.length === 0)) return found;
  const model = buildTfIdf([...reference, ...candidates.flat()].map((u) => u.tokens));
  const refVectors = reference.map((u) => model.vector(u.tokens));
  candidates.forEach((units, i) => {
    let best: { unit: TopicUnit; score: number } | null = null;
    for (const unit of units) {
      const v = model.vector(unit.tokens);
      const score = Math.max(...refVectors.map((r) => cosine(r, v)));
      if (score >= th.topicSimilarity && (!best || score > best.score)) best = { unit, score };
    }
    if (best) found[i] = { units: [best.unit], method: 'similarity', score: roundScore(best.score) };
  });
  return found;
}

/**
 * Follows one topic across meetings in date order (meeting start, else issue date, then id): where it
 * was present, each actor's stances and statements, and what changed since the previous meeting where
 * it was present (actor rows and summary bullets, as in `compareMeetings`). Deterministic.
 *
 * @example
 * const timeline = topicTimeline(docs, 'visa-reciprocity', { actor: 'us' });
 * timeline.points.map((p) => p.actors[0]?.stances); // [['information'], ['concern'], ...]
 */
export function topicTimeline(
  docs: readonly OutcomeDocument[],
  topicId: string,
  options: TimelineOptions = {},
): TopicTimeline {
  const resolved = resolveCompareOptions({ ...options, topic: null });
  const ordered = [...docs].sort((a, b) => dateKey(a).localeCompare(dateKey(b)) || a.id.localeCompare(b.id));
  const tokens = createTokenizer();
  const found = locateTopic(ordered, topicId, resolved, tokens);
  const labelUnit = found.flatMap((f) => f.units).find((u) => u.topicId === topicId);
  const actor = resolved.actor;
  let previous: { doc: OutcomeDocument; units: TopicUnit[] } | null = null;
  const points: TimelinePoint[] = ordered.map((doc, i) => {
    const f = found[i]!;
    const ctx = createDocumentContext(doc);
    const statements = f.units.flatMap((u) => u.statements).sort((a, b) => a.span.start - b.span.start);
    const actors = [...groupByActor(statements).entries()]
      .filter(([id]) => actor === null || id === actor)
      .map(([id, list]) => ({
        actor: { id, side: list[0]!.actor.side },
        stances: collectStances(list),
        statementIds: list.map((s) => s.id),
        statements: list.map((s) => ({
          id: s.id,
          stance: s.stance,
          verb: s.verb,
          span: ctx.textSpan(s.span),
        })),
      }));
    let changes: TimelinePoint['changes'] = { since: null, actors: [], summary: [] };
    if (f.units.length > 0 && previous) {
      const prevStatements = previous.units
        .flatMap((u) => u.statements)
        .sort((a, b) => a.span.start - b.span.start);
      const flip =
        `${previous.doc.source.sha256}\u0000${previous.doc.id}` > `${doc.source.sha256}\u0000${doc.id}`;
      const pairing = pairOriented(
        flip,
        prevStatements,
        statements,
        createStatementSimilarity(prevStatements, statements, tokens),
        resolved.thresholds.statementPair,
      );
      const entry: TopicEntry = {
        topic: { id: topicId, label: labelUnit?.label ?? topicId },
        status: 'continued',
        alignment: {
          baseSectionIds: previous.units.flatMap((u) => u.sectionIds),
          targetSectionIds: f.units.flatMap((u) => u.sectionIds),
          baseSubtopicIds: previous.units.flatMap((u) => u.subtopicIds),
          targetSubtopicIds: f.units.flatMap((u) => u.subtopicIds),
          baseTopicIds: previous.units.map((u) => u.topicId),
          targetTopicIds: f.units.map((u) => u.topicId),
          baseTitles: previous.units.flatMap((u) => u.titles.map((t) => t.text)),
          targetTitles: f.units.flatMap((u) => u.titles.map((t) => t.text)),
          score: f.score,
          method: f.method,
        },
        ...pairing,
        movedOut: [],
        movedIn: [],
        titleSpans: {
          base: previous.units.flatMap((u) => u.titles.flatMap((t) => (t.span ? [t.span] : []))),
          target: f.units.flatMap((u) => u.titles.flatMap((t) => (t.span ? [t.span] : []))),
        },
      };
      const diff = buildTopicDiff(
        entry,
        createDocumentContext(previous.doc),
        ctx,
        findCommitmentsDue(previous.doc, doc, tokens, () => statements),
        resolved,
        flip,
      );
      changes = {
        since: previous.doc.id,
        actors: compareActorStances(prevStatements, statements, actor),
        summary: diff.summary,
      };
    }
    if (f.units.length > 0) previous = { doc, units: f.units };
    return {
      meeting: describeDocument(doc).meeting,
      documentId: doc.id,
      classification: doc.meta.classification,
      present: f.units.length > 0,
      sectionIds: f.units.flatMap((u) => u.sectionIds),
      subtopicIds: f.units.flatMap((u) => u.subtopicIds),
      titles: f.units.flatMap((u) => u.titles.map((t) => t.text)),
      method: f.method,
      score: f.score,
      actors,
      changes,
    };
  });
  const markings = [...new Set(ordered.map((d) => d.meta.classification))]
    .filter((m): m is string => m !== null && m !== '')
    .sort();
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    topic: { id: topicId, label: labelUnit?.label ?? found.flatMap((f) => f.units)[0]?.label ?? topicId },
    actor,
    points,
    markings,
  };
}
