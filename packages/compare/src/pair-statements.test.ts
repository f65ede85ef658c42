import type { Statement } from '@som/domain';
import { describe, expect, it } from 'vitest';
import { createStatementText, detectMoves, pairStatements } from './pair-statements.js';
import { buildTfIdf, cosine, tokenize } from './similarity.js';

function st(id: string, text: string, start = 0): Statement {
  return {
    id,
    sectionId: null,
    subtopic: null,
    topicId: null,
    actor: { id: 'us', side: 'us', mention: null, mentionSpan: null, resolvedFrom: null },
    verb: null,
    verbSpan: null,
    stance: null,
    voice: 'none',
    text,
    span: { start, end: start + text.length },
    sentenceIndex: 0,
    figures: [],
    dates: [],
    entities: [],
  };
}

const texts = [
  'The US delegation warned against a parallel data protection regime.',
  'The EU delegation welcomed the resumption of negotiations on e-evidence.',
  'Both sides agreed to hold the next meeting in June.',
  'The US delegation warned strongly against any parallel data protection regime.',
];
const model = buildTfIdf(texts.map(tokenize));
const sim = (a: Statement, b: Statement) =>
  cosine(model.vector(tokenize(a.text)), model.vector(tokenize(b.text)));

describe('pairStatements', () => {
  it('pairs identical texts as unchanged, even when whitespace differs', () => {
    const r = pairStatements([st('b1', texts[1]!)], [st('t1', `${texts[1]!}  `)], sim, 0.4);
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0]!.unchanged).toBe(true);
    expect(r.pairs[0]!.similarity).toBe(1);
  });
  it('pairs a reworded statement with its closest counterpart, not with an unrelated one', () => {
    const r = pairStatements(
      [st('b1', texts[0]!), st('b2', texts[2]!)],
      [st('t1', texts[1]!), st('t2', texts[3]!)],
      sim,
      0.4,
    );
    expect(r.pairs.map((p) => [p.base.id, p.target.id, p.unchanged])).toEqual([['b1', 't2', false]]);
    expect(r.removed.map((s) => s.id)).toEqual(['b2']);
    expect(r.added.map((s) => s.id)).toEqual(['t1']);
  });
  it('leaves statements below the threshold unpaired', () => {
    const r = pairStatements([st('b1', texts[0]!)], [st('t1', texts[3]!)], sim, 0.99);
    expect(r.pairs).toEqual([]);
  });
  it('breaks ties by document order', () => {
    const r = pairStatements(
      [st('b1', 'alpha beta'), st('b2', 'alpha beta')],
      [st('t1', 'alpha beta')],
      sim,
      0.4,
    );
    expect(r.pairs[0]!.base.id).toBe('b1');
    expect(r.removed.map((s) => s.id)).toEqual(['b2']);
  });
  it('handles empty sides', () => {
    expect(pairStatements([], [st('t1', 'x y')], sim, 0.4).added).toHaveLength(1);
    expect(pairStatements([st('b1', 'x y')], [], sim, 0.4).removed).toHaveLength(1);
  });
});

describe('detectMoves', () => {
  it('matches a removed and an added statement of different topics', () => {
    const moves = detectMoves(
      [{ statement: st('b1', texts[0]!), key: 'a' }],
      [{ statement: st('t1', texts[0]!), key: 'b' }],
      sim,
      0.7,
    );
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ from: 'a', to: 'b', similarity: 1 });
  });
  it('never calls a statement moved within the same topic', () => {
    expect(
      detectMoves(
        [{ statement: st('b1', texts[0]!), key: 'a' }],
        [{ statement: st('t1', texts[0]!), key: 'a' }],
        sim,
        0.7,
      ),
    ).toEqual([]);
  });
  it('needs a high similarity', () => {
    expect(
      detectMoves(
        [{ statement: st('b1', texts[0]!), key: 'a' }],
        [{ statement: st('t1', texts[2]!), key: 'b' }],
        sim,
        0.7,
      ),
    ).toEqual([]);
  });
});

describe('createStatementText', () => {
  it('gives the normalised text, the same as pairStatements reads by default', () => {
    const text = createStatementText();
    const s = st('b1', ` ${texts[0]!.toUpperCase()}\n`);
    expect(text(s)).toBe(texts[0]!.toLowerCase());
    expect(text(s)).toBe(text(s));
    const withCache = pairStatements([s], [st('t1', texts[0]!)], sim, 0.4, text);
    expect(withCache).toEqual(pairStatements([s], [st('t1', texts[0]!)], sim, 0.4));
    expect(withCache.pairs[0]!.unchanged).toBe(true);
  });
  it('does not confuse two statements with different texts', () => {
    const text = createStatementText();
    expect(text(st('a', texts[1]!))).not.toBe(text(st('b', texts[2]!)));
  });
});
