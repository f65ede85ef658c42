import { describe, expect, it } from 'vitest';
import { buildTfIdf, cosine, createTermIndex, normaliseText, roundScore, tokenize } from './similarity.js';

describe('tokenize', () => {
  it('keeps content words in lower case and folds a plural -s', () => {
    expect(tokenize('The Visa Waiver Programs of the EU')).toEqual(['visa', 'waiver', 'program']);
  });
  it('drops stop words, one-letter words and punctuation', () => {
    expect(tokenize('It is a: “going dark” (e.g.) issue!')).toEqual(['going', 'dark', 'issue']);
  });
  it('keeps numbers and does not strip -ss', () => {
    expect(tokenize('283,000 access')).toEqual(['283', '000', 'access']);
  });
  it('reads accented Latin, Greek and Cyrillic words and splits on anything else', () => {
    expect(tokenize('Straße ΑΘΗΝΑ Москва_Europol·Eurojust')).toEqual([
      'straße',
      'αθηνα',
      'москва',
      'europol',
      'eurojust',
    ]);
  });
  it('returns nothing for an empty or punctuation-only string', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('... — !')).toEqual([]);
  });
});

describe('buildTfIdf and cosine', () => {
  const corpus = [
    tokenize('visa reciprocity tripartite process'),
    tokenize('encryption lawful access'),
    tokenize('visa waiver'),
  ];
  const model = buildTfIdf(corpus);
  it('gives 1 for identical token lists and 0 for disjoint ones', () => {
    const a = model.vector(tokenize('visa reciprocity'));
    expect(cosine(a, model.vector(tokenize('visa reciprocity')))).toBeCloseTo(1, 10);
    expect(cosine(a, model.vector(tokenize('lawful access')))).toBe(0);
  });
  it('is symmetric and within [0, 1]', () => {
    const a = model.vector(tokenize('visa reciprocity tripartite'));
    const b = model.vector(tokenize('visa waiver process'));
    expect(cosine(a, b)).toBe(cosine(b, a));
    expect(cosine(a, b)).toBeGreaterThan(0);
    expect(cosine(a, b)).toBeLessThan(1);
  });
  it('weighs rare terms above common ones', () => {
    const common = cosine(model.vector(['visa', 'x1']), model.vector(['visa', 'x2']));
    const rare = cosine(model.vector(['encryption', 'x1']), model.vector(['encryption', 'x2']));
    expect(rare).toBeGreaterThan(common);
  });
  it('gives 0 when a vector is empty', () => {
    expect(cosine(model.vector([]), model.vector(['visa']))).toBe(0);
  });
  it('does not depend on the order of the corpus', () => {
    const other = buildTfIdf([...corpus].reverse());
    const [a, b] = [
      ['visa', 'encryption', 'process'],
      ['visa', 'waiver', 'process'],
    ];
    expect(cosine(other.vector(a), other.vector(b))).toBe(cosine(model.vector(a), model.vector(b)));
    expect(other.vector(a).norm).toBeCloseTo(model.vector(a).norm, 12);
  });
});

describe('createTermIndex', () => {
  const corpus = [tokenize('visa reciprocity process'), tokenize('encryption lawful access visa')];
  it('numbers terms in order of first appearance and remembers a list', () => {
    const terms = createTermIndex();
    const first = terms.idsOf(['visa', 'waiver', 'visa']);
    expect([...first]).toEqual([0, 1, 0]);
    expect(terms.idsOf(['waiver', 'access'])).not.toBe(first);
    expect([...terms.idsOf(['waiver', 'access'])]).toEqual([1, 2]);
    expect(terms.size).toBe(3);
  });
  it('shared by two models, gives the same cosines as models of their own', () => {
    const shared = createTermIndex();
    shared.idsOf(['unrelated', 'words', 'first']);
    const other = buildTfIdf([tokenize('lawful access')], shared);
    const model = buildTfIdf(corpus, shared);
    const alone = buildTfIdf(corpus);
    const [a, b] = [tokenize('visa reciprocity words'), tokenize('visa access unrelated')];
    expect(cosine(model.vector(a), model.vector(b))).toBe(cosine(alone.vector(a), alone.vector(b)));
    expect(model.vector(a).norm).toBeCloseTo(alone.vector(a).norm, 12);
    expect(cosine(other.vector(a), other.vector(b))).not.toBe(cosine(model.vector(a), model.vector(b)));
  });
});

describe('roundScore and normaliseText', () => {
  it('rounds to three decimals', () => {
    expect(roundScore(0.12345)).toBe(0.123);
  });
  it('collapses whitespace and case', () => {
    expect(normaliseText('  The US\n delegation ')).toBe('the us delegation');
  });
});
