import { describe, expect, it } from 'vitest';
import type { DocumentVersion } from '../store/document-store.js';
import { acceptsGzip, computeCompareKey } from './compare-cache.js';

const version = (id: string, parse = 'p'): DocumentVersion => ({
  id,
  contentSha256: 'c',
  textSha256: `t-${id}`,
  parseSha256: parse,
  classification: null,
});
const options = { topic: null, actor: null, format: 'json' };

describe('computeCompareKey', () => {
  it('is stable for the same pair and options', () => {
    expect(computeCompareKey(version('a'), version('b'), options)).toBe(
      computeCompareKey(version('a'), version('b'), options),
    );
  });

  it('changes with the order, the options, the format and a new parse', () => {
    const key = computeCompareKey(version('a'), version('b'), options);
    expect(computeCompareKey(version('b'), version('a'), options)).not.toBe(key);
    expect(computeCompareKey(version('a'), version('b'), { ...options, topic: 'drugs' })).not.toBe(key);
    expect(computeCompareKey(version('a'), version('b'), { ...options, format: 'md' })).not.toBe(key);
    expect(computeCompareKey(version('a', 'q'), version('b'), options)).not.toBe(key);
  });
});

describe('acceptsGzip', () => {
  it('accepts gzip and * unless refused with q=0', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, *;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
