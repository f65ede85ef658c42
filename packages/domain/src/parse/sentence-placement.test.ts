import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Section } from '../schema/section.js';
import { InnermostSections, sortedBy, subtopicOf } from './sentence-placement.js';

const spanArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([start, length]) => ({ start, end: start + length }));

describe('sortedBy', () => {
  it('gives the order of a stable sort, sorted or not', () => {
    const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
    fc.assert(
      fc.property(fc.array(spanArb), fc.boolean(), (spans, presort) => {
        const list = presort ? [...spans].sort(byStart) : spans;
        expect(sortedBy([...list], byStart)).toEqual([...list].sort(byStart));
      }),
    );
  });

  it('returns a sorted list itself', () => {
    const list = [1, 2, 2, 5];
    expect(sortedBy(list, (a, b) => a - b)).toBe(list);
  });
});

describe('subtopicOf', () => {
  it('is the first sub-topic titled inside the sentence, else the first whose body holds its start', () => {
    const subtopicArb = fc.record({ span: spanArb, bodySpan: spanArb });
    fc.assert(
      fc.property(fc.array(subtopicArb, { maxLength: 6 }), spanArb, (list, span) => {
        const subtopics = list.map((st, k) => ({
          ...st,
          id: `st${k}`,
          title: `t${k}`,
          topic: { id: `t${k}`, label: `t${k}`, confidence: 1, matchedBy: 'derived' as const },
        }));
        const plain =
          subtopics.find((st) => st.span.start >= span.start && st.span.start < span.end) ??
          subtopics.find((st) => span.start >= st.bodySpan.start && span.start < st.bodySpan.end) ??
          null;
        expect(subtopicOf(subtopics, span)).toBe(plain);
      }),
    );
  });
});

describe('InnermostSections', () => {
  it('finds, for increasing offsets, what a scan of all sections finds', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 10 }),
        (spans, offsets) => {
          const sections = spans
            .map((span, k) => ({ id: `s${k}`, span }) as unknown as Section)
            .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
          const innermost = new InnermostSections(sections);
          for (const offset of [...offsets].sort((a, b) => a - b)) {
            let plain: Section | null = null;
            for (const s of sections) {
              if (s.span.start > offset) break;
              if (offset < s.span.end) plain = s;
            }
            expect(innermost.at(offset)).toBe(plain);
          }
        },
      ),
    );
  });
});
