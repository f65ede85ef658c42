import { describe, expect, it } from 'vitest';
import type { DocumentVersion } from './document-store.js';
import { VersionCache } from './version-cache.js';

const version = (id: string, parse = 'p'): DocumentVersion => ({
  id,
  contentSha256: 'c',
  textSha256: 't',
  parseSha256: parse,
  classification: 'LIMITE',
});

describe('VersionCache', () => {
  it('reads a version once, then serves it from memory', () => {
    const cache = new VersionCache(() => 1, 60_000);
    let loads = 0;
    const load = () => {
      loads++;
      return version('a');
    };
    expect(cache.get('a', load)).toEqual(version('a'));
    expect(cache.get('a', load)).toEqual(version('a'));
    expect(loads).toBe(1);
  });

  it('reads again after forget, and never keeps a missing document', () => {
    const cache = new VersionCache(() => 1, 60_000);
    expect(cache.get('a', () => null)).toBeNull();
    expect(cache.get('a', () => version('a'))).toEqual(version('a'));
    cache.forget('a');
    expect(cache.get('a', () => version('a', 'q'))?.parseSha256).toBe('q');
  });

  it('forgets everything when another connection has written (data_version moved)', () => {
    let dataVersion = 1;
    const cache = new VersionCache(() => dataVersion, 0);
    cache.get('a', () => version('a'));
    expect(cache.get('a', () => version('a', 'q'))?.parseSha256).toBe('p');
    dataVersion = 2;
    expect(cache.get('a', () => version('a', 'q'))?.parseSha256).toBe('q');
  });
});
