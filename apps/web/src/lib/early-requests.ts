/**
 * API requests started before the app's code has run (by `src/prelude.ts`, while React and the
 * router are still being compiled), so a page's data and its code load in parallel. The first
 * `requestApi` call for the same path takes the response over; nothing else ever sees it.
 */

/** An early request is adopted only this soon after it started; later ones are fetched anew. */
export const EARLY_REQUEST_MAX_AGE_MS = 10_000;

interface EarlyRequest {
  response: Promise<Response>;
  startedAt: number;
}

const started = new Map<string, EarlyRequest>();

/**
 * Starts a GET of `path` now with `headers`, unless one for that path is already waiting. A failed
 * request is kept as a rejected promise: the caller that adopts it sees the error as its own.
 */
export function startEarlyRequest(path: string, headers: Headers, now = Date.now()): void {
  if (started.has(path)) return;
  const response = fetch(path, { headers });
  // Nobody may adopt it (the page changed its mind): an unhandled rejection would only be noise.
  response.catch(() => {});
  started.set(path, { response, startedAt: now });
}

/** True when an early request for `path` is waiting to be taken over (young enough to be adopted). */
export function hasEarlyRequest(path: string, now = Date.now()): boolean {
  const early = started.get(path);
  return Boolean(early && now - early.startedAt <= EARLY_REQUEST_MAX_AGE_MS);
}

/**
 * Returns the early response for `path` and forgets it (a body is read once), or null when none
 * was started or it is older than `EARLY_REQUEST_MAX_AGE_MS` (a later visit must see fresh data).
 */
export function takeEarlyRequest(path: string, now = Date.now()): Promise<Response> | null {
  const early = started.get(path);
  if (!early) return null;
  started.delete(path);
  return now - early.startedAt <= EARLY_REQUEST_MAX_AGE_MS ? early.response : null;
}
