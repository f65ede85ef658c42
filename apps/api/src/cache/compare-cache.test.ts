import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DocumentVersion } from '../store/document-store.js';
import { type CachedRendering, computeCompareKey, encodeRendering, startBrotli } from './compare-cache.js';

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

describe('encodeRendering', () => {
  const json = JSON.stringify({ topics: Array.from({ length: 200 }, (_, i) => ({ id: `topic-${i}` })) });
  const fresh = (): CachedRendering => ({
    body: Buffer.from(json),
    gzip: null,
    brotli: null,
    contentType: 'application/json',
  });

  it('sends gzip while Brotli is being computed, then Brotli, each decoding to the body', async () => {
    const rendering = fresh();
    const first = encodeRendering(rendering, { br: true, gzip: true });
    expect(first.coding).toBe('gzip');
    expect(gunzipSync(first.body).toString()).toBe(json);
    await startBrotli(rendering);
    const later = encodeRendering(rendering, { br: true, gzip: true });
    expect(later.coding).toBe('br');
    expect(brotliDecompressSync(later.body).toString()).toBe(json);
    expect(later.body.length).toBeLessThan(first.body.length);
  });

  it('never sends a coding the client did not accept', async () => {
    const rendering = fresh();
    await startBrotli(rendering);
    expect(encodeRendering(rendering, { br: false, gzip: true }).coding).toBe('gzip');
    expect(encodeRendering(rendering, { br: false, gzip: false })).toEqual({
      body: rendering.body,
      coding: null,
    });
    const brOnly = fresh();
    expect(encodeRendering(brOnly, { br: true, gzip: false }).coding).toBe(null);
  });
});
