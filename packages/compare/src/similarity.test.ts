import { describe, expect, it } from 'vitest';
import { buildTfIdf, cosine, normaliseText, roundScore, tokenize } from './similarity.js';

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

describe('roundScore and normaliseText', () => {
  it('rounds to three decimals', () => {
    expect(roundScore(0.12345)).toBe(0.123);
  });
  it('collapses whitespace and case', () => {
    expect(normaliseText('  The US\n delegation ')).toBe('the us delegation');
  });
});
