import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { sha256, sha256Implementation, sha256Portable } from './hash.js';

describe.each([
  ['sha256', sha256],
  ['sha256Portable', sha256Portable],
])('%s', (_name, sha256) => {
  it('matches the FIPS 180-2 test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes non-ASCII text as UTF-8', () => {
    expect(sha256('“Going dark” – é')).toBe(createHash('sha256').update('“Going dark” – é').digest('hex'));
  });

  it('agrees with node:crypto on a text of many blocks', () => {
    const text = 'The US delegation noted the progress – “e-evidence” – achieved. '.repeat(2000);
    expect(sha256(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('agrees with node:crypto on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        (s) => sha256(s) === createHash('sha256').update(s).digest('hex'),
      ),
      { numRuns: 300 },
    );
  });

  it('agrees with node:crypto on strings with lone surrogates (hashed as U+FFFD)', () => {
    for (const s of ['a\ud800b', '\udc00', '\ud83d', 'x\ud83d\ude00y\udfff'])
      expect(sha256(s)).toBe(createHash('sha256').update(s).digest('hex'));
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 })
          .map((codes) => String.fromCharCode(...codes)),
        (s) => sha256(s) === createHash('sha256').update(s).digest('hex'),
      ),
      { numRuns: 100 },
    );
  });
});

describe('sha256 in a runtime without node:crypto', () => {
  it('uses the native hash under Node', () => {
    expect(sha256Implementation()).toBe('native');
  });

  it('falls back to the portable hash when process.getBuiltinModule is missing', async () => {
    const proc = globalThis.process as { getBuiltinModule?: unknown };
    const saved = proc.getBuiltinModule;
    proc.getBuiltinModule = undefined;
    try {
      vi.resetModules();
      const fresh = await import('./hash.js');
      expect(fresh.sha256Implementation()).toBe('portable');
      expect(fresh.sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    } finally {
      proc.getBuiltinModule = saved;
      vi.resetModules();
    }
  });

  it('uses createHash where node:crypto has no one-shot hash, with the same digest', async () => {
    const proc = globalThis.process as { getBuiltinModule?: (id: string) => unknown };
    const saved = proc.getBuiltinModule;
    const createHashOnly = { createHash };
    proc.getBuiltinModule = (id: string) => (id === 'node:crypto' ? createHashOnly : saved?.(id));
    try {
      vi.resetModules();
      const fresh = await import('./hash.js');
      expect(fresh.sha256Implementation()).toBe('native');
      expect(fresh.sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(fresh.sha256('“é” \ud800')).toBe(createHash('sha256').update('“é” \ud800').digest('hex'));
    } finally {
      proc.getBuiltinModule = saved;
      vi.resetModules();
    }
  });
});
