import type { Commitment, Statement } from '@som/domain';
import { compareActorStances } from './actor-stances.js';
import type { DueCommitment } from './commitments-due.js';
import type { DocumentContext } from './document-context.js';
import { collectEntityMentions, diffEntities } from './entities-diff.js';
import { diffFigures, type FigureInContext, pairFigures } from './figures-diff.js';
import type { StatementMove, StatementPair } from './pair-statements.js';
import { redlineWords } from './redline.js';
import type { ResolvedCompareOptions } from './schema/options.js';
import type { TopicLabel } from './schema/refs.js';
import type { Alignment, StatementChange, TopicDiff, TopicStatus } from './schema/topic-diff.js';
import { roundScore } from './similarity.js';
import { summariseTopic } from './summarise.js';

/** What the alignment and pairing passes decided for one topic, before it is written out as a TopicDiff. */
export interface TopicEntry {
  topic: TopicLabel;
  status: TopicStatus;
  alignment: Alignment;
  pairs: StatementPair[];
  removed: Statement[];
  added: Statement[];
  /** Base statements of this topic found again under another topic (`to` is that topic's id). */
  movedOut: StatementMove<string>[];
  /** Target statements of this topic that were said under another topic before (`from` is its id). */
  movedIn: StatementMove<string>[];
  /** Heading spans of the topic on each side. */
  titleSpans: { base: { start: number; end: number }[]; target: { start: number; end: number }[] };
}

function byStart(a: Statement, b: Statement): number {
  return a.span.start - b.span.start || a.id.localeCompare(b.id);
}

/** Base statements of an entry (paired, removed or moved away), in document order. */
export function entryBaseStatements(entry: TopicEntry): Statement[] {
  return [...entry.pairs.map((p) => p.base), ...entry.removed, ...entry.movedOut.map((m) => m.base)].sort(
    byStart,
  );
}

/** Target statements of an entry (paired, added or moved in), in document order. */
export function entryTargetStatements(entry: TopicEntry): Statement[] {
  return [...entry.pairs.map((p) => p.target), ...entry.added, ...entry.movedIn.map((m) => m.target)].sort(
    byStart,
  );
}

/**
 * True when a base commitment belongs to this topic entry: by its statement when it has one, else by
 * its topic, else by its section. `baseIds` are the ids of the entry's base statements.
 */
export function isCommitmentOf(
  commitment: Commitment,
  entry: TopicEntry,
  baseIds: ReadonlySet<string>,
): boolean {
  if (commitment.statementId !== null) return baseIds.has(commitment.statementId);
  if (commitment.topicId !== null) return entry.alignment.baseTopicIds.includes(commitment.topicId);
  return commitment.sectionId !== null && entry.alignment.baseSectionIds.includes(commitment.sectionId);
}

/** Rows in reading order: by position in the target; base-only rows right after the row that preceded them in the base. */
function orderRows(rows: StatementChange[]): StatementChange[] {
  const anchored = rows.filter((r) => r.targetSpan && r.baseSpan);
  const key = (r: StatementChange): [number, number, number] => {
    if (r.targetSpan) return [r.targetSpan.start, 0, r.baseSpan?.start ?? -1];
    const bs = r.baseSpan?.start ?? -1;
    let anchor = -1;
    for (const a of anchored) if (a.baseSpan!.start < bs) anchor = Math.max(anchor, a.targetSpan!.start);
    return [anchor, 1, bs];
  };
  return rows
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2])
    .map((x) => x.r);
}

/** Pairs figures in a fixed orientation so that swapping the documents swaps the result exactly. */
function pairFiguresOriented(
  flip: boolean,
  base: FigureInContext[],
  target: FigureInContext[],
  pairs: StatementPair[],
) {
  if (!flip) return pairFigures(base, target, pairs);
  const r = pairFigures(
    target,
    base,
    pairs.map((p) => ({ base: p.target, target: p.base })),
  );
  return {
    pairs: r.pairs.map((p) => ({ base: p.target, target: p.base })),
    removed: r.added,
    added: r.removed,
  };
}

/**
 * Writes one topic entry as a TopicDiff: statement rows (with redlines), actor stances, figures,
 * entities, the commitments due that belong here, and the summary bullets. `flip` tells in which
 * orientation order-sensitive pairings run (see compareMeetings).
 */
export function buildTopicDiff(
  entry: TopicEntry,
  base: DocumentContext,
  target: DocumentContext,
  due: readonly DueCommitment[],
  options: ResolvedCompareOptions,
  flip: boolean,
): TopicDiff {
  const bSpan = (s: Statement) => base.textSpan(s.span);
  const tSpan = (s: Statement) => target.textSpan(s.span);
  const actorOf = (s: Statement) => ({ id: s.actor.id, side: s.actor.side });
  const rows: StatementChange[] = [];
  for (const p of entry.pairs) {
    rows.push({
      status: p.unchanged ? 'unchanged' : 'changed',
      baseId: p.base.id,
      targetId: p.target.id,
      similarity: p.unchanged ? 1 : Math.min(0.999, roundScore(p.similarity)),
      redline: p.unchanged ? [] : redlineWords(p.base.text, p.target.text),
      baseSpan: bSpan(p.base),
      targetSpan: tSpan(p.target),
      actor: actorOf(p.target),
      baseStance: p.base.stance,
      targetStance: p.target.stance,
      movedTo: null,
      movedFrom: null,
    });
  }
  const moved = (m: StatementMove<string>, direction: 'out' | 'in'): StatementChange => ({
    status: 'moved',
    baseId: m.base.id,
    targetId: m.target.id,
    similarity: m.similarity >= 1 ? 1 : Math.min(0.999, roundScore(m.similarity)),
    redline: m.similarity >= 1 ? [] : redlineWords(m.base.text, m.target.text),
    baseSpan: bSpan(m.base),
    targetSpan: tSpan(m.target),
    actor: actorOf(m.target),
    baseStance: m.base.stance,
    targetStance: m.target.stance,
    movedTo: direction === 'out' ? m.to : null,
    movedFrom: direction === 'in' ? m.from : null,
  });
  for (const m of entry.movedOut) rows.push(moved(m, 'out'));
  for (const m of entry.movedIn) rows.push(moved(m, 'in'));
  for (const s of entry.removed) {
    rows.push({
      status: 'removed',
      baseId: s.id,
      targetId: null,
      similarity: 0,
      redline: [],
      baseSpan: bSpan(s),
      targetSpan: null,
      actor: actorOf(s),
      baseStance: s.stance,
      targetStance: null,
      movedTo: null,
      movedFrom: null,
    });
  }
  for (const s of entry.added) {
    rows.push({
      status: 'added',
      baseId: null,
      targetId: s.id,
      similarity: 0,
      redline: [],
      baseSpan: null,
      targetSpan: tSpan(s),
      actor: actorOf(s),
      baseStance: null,
      targetStance: s.stance,
      movedTo: null,
      movedFrom: null,
    });
  }

  const baseStatements = entryBaseStatements(entry);
  const targetStatements = entryTargetStatements(entry);
  const figureList = (ctx: DocumentContext, list: Statement[]) =>
    list.flatMap((statement) => ctx.figuresOf(statement).map((figure) => ({ figure, statement })));
  const fp = pairFiguresOriented(
    flip,
    figureList(base, baseStatements),
    figureList(target, targetStatements),
    entry.pairs,
  );
  const spanOf = (side: 'base' | 'target', span: { start: number; end: number }) =>
    side === 'base' ? base.textSpan(span) : target.textSpan(span);
  const baseIds = new Set(baseStatements.map((s) => s.id));
  const mine = due.filter((d) => isCommitmentOf(d.commitment, entry, baseIds));
  const actor = options.actor;
  const keepActor = (s: { actor: { id: string } | null }) => actor === null || s.actor?.id === actor;
  const actorStatementIds = (ids: Set<string>) => (r: StatementChange) =>
    actor === null ||
    (r.baseId !== null && ids.has(`b:${r.baseId}`)) ||
    (r.targetId !== null && ids.has(`t:${r.targetId}`));
  const ofActor = new Set([
    ...baseStatements.filter((s) => s.actor.id === actor).map((s) => `b:${s.id}`),
    ...targetStatements.filter((s) => s.actor.id === actor).map((s) => `t:${s.id}`),
  ]);

  const diff: Omit<TopicDiff, 'summary'> = {
    topic: entry.topic,
    status: entry.status,
    alignment: entry.alignment,
    actors: compareActorStances(baseStatements, targetStatements, actor),
    statements: orderRows(rows).filter(actorStatementIds(ofActor)),
    figures: diffFigures(fp.pairs, fp.removed, fp.added, spanOf, options.thresholds.figureChange),
    entities: diffEntities(
      collectEntityMentions(base.doc, baseStatements, base.entities),
      collectEntityMentions(target.doc, targetStatements, target.entities),
      spanOf,
    ),
    commitmentsDue: mine.map((d) => ({
      commitmentId: d.commitment.id,
      text: d.commitment.text,
      what: d.commitment.what,
      date: d.commitment.date,
      place: d.commitment.place,
      followedUp: d.fulfilled || d.evidence.length > 0,
      baseSpan: base.textSpan(d.commitment.span),
      evidenceSpans: [
        ...(d.fulfilled ? Object.values(target.doc.meeting.spans).map((sp) => target.textSpan(sp)) : []),
        ...d.evidence.map((s) => target.textSpan(s.span)),
      ],
    })),
  };
  const summary = summariseTopic(diff, {
    statementSpan: (side, id) => {
      const s = side === 'base' ? base.statement(id) : target.statement(id);
      return s ? spanOf(side, s.span) : null;
    },
    titleSpans: {
      base: entry.titleSpans.base.map((s) => base.textSpan(s)),
      target: entry.titleSpans.target.map((s) => target.textSpan(s)),
    },
  }).filter((b) => b.actor === null || keepActor(b));
  return { ...diff, summary };
}
