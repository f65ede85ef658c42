import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { DocumentVersion } from '../store/document-store.js';
import { LruCache } from './lru-cache.js';

/** A rendered comparison, ready to send again: encoded once, gzipped once (on first request for it). */
export interface CachedRendering {
  body: Buffer;
  gzip: Buffer | null;
  contentType: string;
}

/**
 * Key (and ETag) of a comparison: the content hashes of both parses plus the options and format.
 * The parse hash is included so a `reparse` that changes a document changes the key.
 */
export function computeCompareKey(
  base: DocumentVersion,
  target: DocumentVersion,
  options: { topic: string | null; actor: string | null; format: string },
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        'compare/1',
        base.id,
        base.textSha256,
        base.parseSha256,
        target.id,
        target.textSha256,
        target.parseSha256,
        options.topic,
        options.actor,
        options.format,
      ]),
    )
    .digest('base64url')
    .slice(0, 32);
}

/** Rendered comparisons by key, least recently used evicted first. */
export class CompareCache extends LruCache<string, CachedRendering> {}

/** The gzip of a rendering, computed on first use and kept with it. */
export function gzipRendering(rendering: CachedRendering): Buffer {
  rendering.gzip ??= gzipSync(rendering.body, { level: 6 });
  return rendering.gzip;
}

/** True when an Accept-Encoding header allows gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    return !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}
