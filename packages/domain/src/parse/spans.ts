import type { Span } from '../schema/span.js';

/**
 * A copy of `span` made by one object literal, so every span of a document has the same hidden
 * class (a spread `{ ...span }` gives copies another one, and code reading spans slows down when
 * it meets several).
 */
export function copySpan(span: Span): Span {
  return { start: span.start, end: span.end };
}
