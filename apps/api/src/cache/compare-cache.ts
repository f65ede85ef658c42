import { createHash } from 'node:crypto';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import type { AcceptedCodings } from '../http/accept-encoding.js';
import type { DocumentVersion } from '../store/document-store.js';
import { LruCache } from './lru-cache.js';

/**
 * A rendered comparison, ready to send again: encoded once; gzipped once (on first request for it);
 * Brotli-compressed once, in the background (libuv's thread pool), after the first request that accepts it.
 */
export interface CachedRendering {
  body: Buffer;
  gzip: Buffer | null;
  brotli: Buffer | null;
  /** The Brotli compression once started; settles when it has finished (or failed: it is not retried). */
  brotliJob?: Promise<void>;
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

/**
 * The bytes to send for a rendering and their coding: Brotli when the client takes it and it is ready
 * (about a third smaller than gzip for these JSON bodies), else gzip when taken, else the body as is.
 * Brotli at its best quality costs ~150 ms for a 100 KB comparison, so it is computed off the event
 * loop on first demand; until it is ready such clients get gzip.
 */
export function encodeRendering(
  rendering: CachedRendering,
  accepted: AcceptedCodings,
): { body: Buffer; coding: 'br' | 'gzip' | null } {
  if (accepted.br) {
    if (rendering.brotli) return { body: rendering.brotli, coding: 'br' };
    startBrotli(rendering);
  }
  if (accepted.gzip) {
    rendering.gzip ??= gzipSync(rendering.body, { level: 6 });
    return { body: rendering.gzip, coding: 'gzip' };
  }
  return { body: rendering.body, coding: null };
}

/** Starts the background Brotli compression of a rendering, once; resolves when it has finished (or failed). */
export function startBrotli(rendering: CachedRendering): Promise<void> {
  rendering.brotliJob ??= new Promise((resolve) => {
    brotliCompress(
      rendering.body,
      {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: rendering.body.length,
        },
      },
      (error, result) => {
        // On failure the rendering keeps being sent gzipped: nothing is lost but bytes.
        if (!error) rendering.brotli = result;
        resolve();
      },
    );
  });
  return rendering.brotliJob;
}
