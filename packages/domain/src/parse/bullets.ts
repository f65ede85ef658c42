import { isWhiteSpace } from './char-classes.js';
import { CodeSet } from './normalise-char-code.js';

/**
 * The marks a list item opens with, as text and PDF extraction give them: dots, squares, arrows,
 * dashes, "*", and the lone "o" word processors print for a second-level bullet.
 */
const MARKS = '•▪◦●○■□➢►‣⁃·-–—*';

/** A list item's mark and the white space after it ("- ", "• ", "o "). */
export const BULLET_PREFIX_RE = /^(?:[•▪◦●○■□➢►‣⁃·\-–—*]|o(?=\s))\s+/;
const BULLET_LINE_RE = /^(?:[•▪◦●○■□➢►‣⁃·\-–—*]|o(?=\s))\s+\S/;
/** First characters of a bullet line but "o": other lines skip the RegExp. */
const INITIALS = new CodeSet(MARKS);
const SMALL_O = 111;

/** Whether `line` is a list item: a bullet mark, white space, then text. */
export function startsWithBullet(line: string): boolean {
  const first = line.charCodeAt(0);
  // wrapped lines often start with "of", "on", "or": only "o" and white space may be a mark
  if (first === SMALL_O) return isWhiteSpace(line.charCodeAt(1)) && BULLET_LINE_RE.test(line);
  return INITIALS.has(first) && BULLET_LINE_RE.test(line);
}
