/**
 * Cuts a text into runs so marked spans can be rendered as elements (never as HTML strings).
 * Spans are half-open UTF-16 offsets, as in the contract.
 */

/** A span to mark, with the key it is known by (a statement id, say). */
export interface Mark {
  key: string;
  start: number;
  end: number;
}

/** A run of text, marked (`key`) or plain (`key` null), with its offsets. */
export interface Run {
  key: string | null;
  text: string;
  start: number;
  end: number;
}

/**
 * Splits `text` into consecutive runs covering it exactly. Marks are clamped to the text;
 * empty ones are dropped; where two overlap, the one that starts first keeps the overlap
 * (several statements can share a sentence, and the first one claims it).
 *
 * @example splitBySpans('ab cd', [{ key: 's1', start: 3, end: 5 }])
 *   // [{ key: null, text: 'ab ', start: 0, end: 3 }, { key: 's1', text: 'cd', start: 3, end: 5 }]
 */
export function splitBySpans(text: string, marks: readonly Mark[]): Run[] {
  const sorted = marks
    .map((m) => ({
      key: m.key,
      start: Math.max(0, Math.min(m.start, text.length)),
      end: Math.max(0, Math.min(m.end, text.length)),
    }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Run[] = [];
  let cursor = 0;
  for (const mark of sorted) {
    const start = Math.max(mark.start, cursor);
    if (start >= mark.end) continue;
    if (start > cursor) runs.push({ key: null, text: text.slice(cursor, start), start: cursor, end: start });
    runs.push({ key: mark.key, text: text.slice(start, mark.end), start, end: mark.end });
    cursor = mark.end;
  }
  if (cursor < text.length)
    runs.push({ key: null, text: text.slice(cursor), start: cursor, end: text.length });
  return runs;
}
