import { describe, expect, it } from 'vitest';
import {
  diffFigures,
  type FigureInContext,
  isFigureChange,
  labelFigure,
  pairFigures,
} from './figures-diff.js';
import { buildDocument, type StatementSpec } from './test-support/build-document.js';

function figuresOf(list: StatementSpec[]) {
  const doc = buildDocument({
    id: 'f',
    startDate: null,
    sections: [{ title: 'T', topic: 'ukraine-war', statements: list }],
  });
  const found: FigureInContext[] = doc.statements.flatMap((statement) =>
    statement.figures.map((figure) => ({ figure, statement })),
  );
  return { doc, found };
}

const base = figuresOf([
  {
    actor: 'us',
    stance: 'information',
    text: 'The US has admitted over 283,000 Ukrainians so far.',
    figures: [{ text: '283,000', value: 283000 }],
  },
  {
    actor: 'us',
    stance: 'information',
    text: 'Some 3,000 new applications are screened every week.',
    figures: [{ text: '3,000', value: 3000 }],
  },
]);
const target = figuresOf([
  {
    actor: 'us',
    stance: 'information',
    text: 'Since then 3,500 new applications are screened every week.',
    figures: [{ text: '3,500', value: 3500 }],
  },
  {
    actor: 'us',
    stance: 'information',
    text: 'The US has now admitted over 300,000 Ukrainians.',
    figures: [{ text: '300,000', value: 300000 }],
  },
  {
    actor: 'eu',
    stance: 'information',
    text: 'The EU hosts 4 million people.',
    figures: [{ text: '4', value: 4, unit: 'million' }],
  },
]);

describe('labelFigure', () => {
  it('names a figure by the words after it', () => {
    expect(labelFigure(base.found[0]!)).toBe('Ukrainians');
    expect(labelFigure(base.found[1]!)).toBe('new applications');
  });
  it("uses the parser's unit when there is one", () => {
    expect(labelFigure(target.found[2]!)).toBe('million');
  });
});

describe('pairFigures', () => {
  it('pairs figures that count the same thing by the words around them', () => {
    const r = pairFigures(base.found, target.found, []);
    expect(r.pairs.map((p) => [p.base.figure.value, p.target.figure.value])).toEqual([
      [3000, 3500],
      [283000, 300000],
    ]);
    expect(r.added.map((f) => f.figure.value)).toEqual([4]);
    expect(r.removed).toEqual([]);
  });
  it('pairs figures of paired statements first', () => {
    const r = pairFigures(base.found.slice(0, 1), target.found.slice(1, 2), [
      { base: base.found[0]!.statement, target: target.found[1]!.statement },
    ]);
    expect(r.pairs).toHaveLength(1);
  });
  it('does not pair figures with different units', () => {
    const r = pairFigures(target.found.slice(2), base.found, []);
    expect(r.pairs).toEqual([]);
  });
});

describe('diffFigures', () => {
  it('reports changed values with spans on both sides, and one-sided figures', () => {
    const r = pairFigures(base.found, target.found, []);
    const spanOf = (side: 'base' | 'target', span: { start: number; end: number }) => {
      const text = (side === 'base' ? base.doc : target.doc).source.text;
      return { ...span, text: text.slice(span.start, span.end) };
    };
    const rows = diffFigures(r.pairs, r.removed, r.added, spanOf, 0);
    expect(rows.map((x) => [x.status, x.before, x.after])).toEqual([
      ['changed', 3000, 3500],
      ['changed', 283000, 300000],
      ['added', null, 4],
    ]);
    expect(rows[1]!.baseSpan!.text).toBe('283,000');
    expect(rows[1]!.targetSpan!.text).toBe('300,000');
  });
  it('leaves out paired figures whose value did not change', () => {
    const r = pairFigures(base.found, base.found, []);
    expect(diffFigures(r.pairs, [], [], (_s, span) => ({ ...span, text: '' }), 0)).toEqual([]);
  });
});

describe('isFigureChange', () => {
  it('respects the relative threshold', () => {
    expect(isFigureChange(100, 101, 0)).toBe(true);
    expect(isFigureChange(100, 101, 0.05)).toBe(false);
    expect(isFigureChange(5, 5, 0)).toBe(false);
  });
});
