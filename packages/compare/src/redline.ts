import type { RedlinePart } from './schema/topic-diff.js';
import { diffWordsExactly } from './word-diff.js';

const SPACE = /\s/;

/** Length of the common start of `a` and `b`, cut back to just after a whitespace so no word is split. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p === a.length && p === b.length) return p;
  while (p > 0 && !SPACE.test(a[p - 1]!)) p--;
  return p;
}

/** Length of the common end of `a` and `b` (after `skip` characters), cut back to start at a whitespace. */
function commonSuffix(a: string, b: string, skip: number): number {
  const max = Math.min(a.length, b.length) - skip;
  let s = 0;
  while (s < max && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  while (s > 0 && !SPACE.test(a[a.length - s]!)) s--;
  return s;
}

/**
 * Word-level redline from `before` to `after`, adjacent parts of the same kind merged. The common
 * start and end (whole words) are kept as `equal` parts and only the middle goes to a word diff
 * (jsdiff's `diffWords`, see diffWordsExactly):
 * paired statements usually differ in a few words, and this keeps a redline to microseconds.
 * Joining the `equal` + `insert` texts gives `after`; `equal` + `delete` gives `before` up to whitespace
 * (jsdiff takes equal runs from `after`).
 * @example redlineWords('admitted over 283,000', 'admitted over 300,000')
 * // [{ op: 'equal', text: 'admitted over ' }, { op: 'delete', text: '283' }, { op: 'insert', text: '300' },
 * //  { op: 'equal', text: ',000' }]
 */
export function redlineWords(before: string, after: string): RedlinePart[] {
  const parts: RedlinePart[] = [];
  const push = (op: RedlinePart['op'], text: string) => {
    if (text.length === 0) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  const p = commonPrefix(before, after);
  const s = commonSuffix(before, after, p);
  push('equal', after.slice(0, p));
  const midBefore = before.slice(p, before.length - s);
  const midAfter = after.slice(p, after.length - s);
  if (midBefore.length === 0) push('insert', midAfter);
  else if (midAfter.length === 0) push('delete', midBefore);
  else {
    for (const change of diffWordsExactly(midBefore, midAfter)) {
      push(change.added ? 'insert' : change.removed ? 'delete' : 'equal', change.value);
    }
  }
  push('equal', after.slice(after.length - s));
  return parts;
}
