import { LruCache } from '../cache/lru-cache.js';

/** Which of the codings this server can compress a body in the client accepts. */
export interface AcceptedCodings {
  br: boolean;
  gzip: boolean;
}

const NONE: AcceptedCodings = Object.freeze({ br: false, gzip: false });
/** Clients send a handful of distinct headers: each is parsed once. */
const parsed = new LruCache<string, AcceptedCodings>(64);

/**
 * Reads an Accept-Encoding header: Brotli and gzip are accepted when listed (or covered by `*`)
 * and not refused with `q=0`.
 *
 * @example acceptedCodings('gzip, deflate, br') // { br: true, gzip: true }
 */
export function acceptedCodings(header: string | string[] | undefined): AcceptedCodings {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  if (value === '') return NONE;
  let codings = parsed.get(value);
  if (codings === undefined) {
    codings = parseAcceptEncoding(value);
    parsed.set(value, codings);
  }
  return codings;
}

function parseAcceptEncoding(value: string): AcceptedCodings {
  const weights = new Map<string, number>();
  for (const part of value.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  return Object.freeze({ br: accepts('br'), gzip: accepts('gzip') });
}
