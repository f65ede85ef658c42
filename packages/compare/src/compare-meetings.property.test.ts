import type { OutcomeDocument } from '@som/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMeetings } from './compare-meetings.js';
import { type MeetingDiff, MeetingDiffSchema } from './schema/meeting-diff.js';
import type { TopicDiff } from './schema/topic-diff.js';
import { documentArb } from './test-support/arbitrary-document.js';

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 60) };

/** Every `{ start, end, text }` in the diff, with the side its key says it points into. */
function collectSpans(
  value: unknown,
  side: 'base' | 'target' | null,
  out: { side: string | null; span: { start: number; end: number; text: string } }[],
) {
  if (Array.isArray(value)) {
    for (const v of value) collectSpans(v, side, out);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const obj = value as Record<string, unknown>;
  if (typeof obj.start === 'number' && typeof obj.end === 'number' && typeof obj.text === 'string') {
    out.push({ side, span: obj as { start: number; end: number; text: string } });
    return;
  }
  for (const [key, v] of Object.entries(obj)) {
    let next = side;
    if (/^base(Span|Spans)$/.test(key) || key === 'removed') next = 'base';
    if (/^target(Span|Spans)$/.test(key) || key === 'evidenceSpans' || key === 'added') next = 'target';
    if (key === 'base' || key === 'target') continue; // DocumentRefs carry no spans
    collectSpans(v, next, out);
  }
}

const alignmentKey = (t: TopicDiff, flip = false) => {
  const b = t.alignment.baseTopicIds.join('+');
  const g = t.alignment.targetTopicIds.join('+');
  return flip ? `${g}|${b}` : `${b}|${g}`;
};
const swapStatus = { added: 'removed', removed: 'added', continued: 'continued' } as const;
const swapChange = { new: 'dropped', dropped: 'new', shifted: 'shifted', same: 'same' } as const;
const swapRow = {
  added: 'removed',
  removed: 'added',
  unchanged: 'unchanged',
  changed: 'changed',
  moved: 'moved',
} as const;

function topicView(d: MeetingDiff, flip: boolean) {
  // A moved row names the other topic by its id, which for a similarity match is the target's: compare alignments instead.
  const keyOf = new Map(d.topics.map((t) => [t.topic.id, alignmentKey(t, flip)]));
  const ref = (id: string | null) => (id === null ? null : keyOf.get(id));
  return d.topics
    .map((t) => ({
      key: alignmentKey(t, flip),
      status: flip ? swapStatus[t.status] : t.status,
      actors: t.actors.map((a) =>
        flip
          ? { id: a.actor.id, before: a.after, after: a.before, change: swapChange[a.change] }
          : { id: a.actor.id, before: a.before, after: a.after, change: a.change },
      ),
      rows: t.statements
        .map((s) =>
          flip
            ? `${swapRow[s.status]}:${s.targetId}:${s.baseId}:${ref(s.movedFrom)}:${ref(s.movedTo)}`
            : `${s.status}:${s.baseId}:${s.targetId}:${ref(s.movedTo)}:${ref(s.movedFrom)}`,
        )
        .sort(),
      entities: flip
        ? { added: t.entities.removed.map((e) => e.id), removed: t.entities.added.map((e) => e.id) }
        : { added: t.entities.added.map((e) => e.id), removed: t.entities.removed.map((e) => e.id) },
      figures: t.figures
        .map((f) =>
          flip
            ? `${f.status === 'added' ? 'removed' : f.status === 'removed' ? 'added' : f.status}:${f.after}:${f.before}`
            : `${f.status}:${f.before}:${f.after}`,
        )
        .sort(),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

describe('compareMeetings properties', () => {
  it('comparing a document with itself gives only continued topics, unchanged statements and same actors', () => {
    fc.assert(
      fc.property(documentArb('self'), (doc) => {
        const d = compareMeetings(doc, doc);
        for (const t of d.topics) {
          expect(t.status).toBe('continued');
          expect(t.statements.every((s) => s.status === 'unchanged')).toBe(true);
          expect(t.actors.every((a) => a.change === 'same')).toBe(true);
          expect(t.figures).toEqual([]);
          expect(t.entities).toEqual({ added: [], removed: [] });
        }
        expect(
          d.stats.stanceShifts +
            d.stats.statementsAdded +
            d.stats.statementsRemoved +
            d.stats.statementsChanged,
        ).toBe(0);
      }),
      RUNS,
    );
  });

  it('swapping base and target swaps added/removed and new/dropped', () => {
    fc.assert(
      fc.property(documentArb('doc-a'), documentArb('doc-b'), (a: OutcomeDocument, b: OutcomeDocument) => {
        expect(topicView(compareMeetings(b, a), true)).toEqual(topicView(compareMeetings(a, b), false));
      }),
      RUNS,
    );
  });

  it('every span in the output slices source.text of its side to the text it claims', () => {
    fc.assert(
      fc.property(documentArb('doc-a'), documentArb('doc-b'), (a, b) => {
        const d = compareMeetings(a, b);
        const spans: Parameters<typeof collectSpans>[2] = [];
        collectSpans(d.topics, null, spans);
        collectSpans(d.summary, null, spans);
        for (const { side, span } of spans) {
          expect(side).not.toBeNull();
          const doc = side === 'base' ? a : b;
          expect(doc.source.text.slice(span.start, span.end)).toBe(span.text);
        }
      }),
      RUNS,
    );
  });

  it('always returns a valid MeetingDiff, whatever the pair', () => {
    fc.assert(
      fc.property(documentArb('doc-a'), documentArb('doc-b'), (a, b) => {
        expect(MeetingDiffSchema.safeParse(compareMeetings(a, b)).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('is deterministic for any pair', () => {
    fc.assert(
      fc.property(documentArb('doc-a'), documentArb('doc-b'), (a, b) => {
        expect(JSON.stringify(compareMeetings(a, b))).toBe(JSON.stringify(compareMeetings(a, b)));
      }),
      { numRuns: 20 },
    );
  });
});
