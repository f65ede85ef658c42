import { startsWithBullet } from './bullets.js';
// Predicates over single lines, shared by normalise (joining decisions) and blocks (first guesses).

import { isCapital, isDigit } from './char-classes.js';
import { CodeSet, codeAt, endsWithText, indexIn } from './normalise-char-code.js';

/** The month names, as a RegExp alternation. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "1.", "2.1", "IV.", "1)", "a)", "(a)", "A." followed by text. */
export const NUMBERED_START =
  /^(?:(\d{1,2}(?:\.\d{1,2})*)[.)]?|([IVXLC]{1,6})[.)]|\(?([a-z])\)|([A-Z])[.)]|\(?([ivx]{1,4})[.)])\s+(?=\S)/;
/** First characters of the roman-numeral form of `NUMBERED_START` (I, V, X, L, C). */
const ROMAN_INITIALS = new CodeSet('IVXLC');
/** Letters of the small roman numerals of `NUMBERED_START` ("ii.", "iv)"). */
const SMALL_ROMAN = new CodeSet('ivx');
const NUMBER_ALONE =
  /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,6}[.)]|\(?[a-z]\)|[A-Z][.)]|\(?[ivx]{1,4}[.)])$/;
const FIELD_LINE = /^(?:From|To|Subject|Subj\.|Date|Prev\. doc\.?|Ref\.?)\s*:/;
/** Second characters of `FIELD_LINE` (r, o, u, a, e: "From", "To", "Subject", "Date", "Prev.", "Ref"). */
const FIELD_SECONDS = new CodeSet('rouae');
const FIELD_ALONE = /^(?:From|To|Subject|Subj\.)\s*:$/;
/** First characters of `FIELD_LINE` (F, T, S, D, P, R): other lines skip the RegExp. */
const FIELD_INITIALS = new CodeSet('FTSDPR');
const PLACE_DATE = new RegExp(
  `^\\(?[A-Z][\\p{L} .'’-]{1,40}(?:,\\s*D\\.\\s?C\\.)?,\\s+\\d{1,2}(?:\\s*(?:${MONTHS}))?(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTHS})\\s+\\d{4}\\)?$`,
  'u',
);
const OR_LANGUAGE = /^\(OR\.\s*[a-z]{2}(?:,\s*[a-z]{2})*\)$/;
const DOC_NUMBER_LINE =
  /^(?:\d{3,5}\/(?:\d\/)?\d{2}(?:\s+(?:REV|ADD|COR)\s*\d+)*|ST\s+\d{3,5}\s+\d{4}\s+\S.*)$/;
// one or more Council subject codes with running numbers: "JAIEX 14", "JAIEX 14 JAI 345 USA 24"
const CODES_LINE = /^(?:[A-Z]{2,12}(?: \d{1,4})?)(?: [A-Z]{2,12} \d{1,4})*$/;
const COUNCIL = /^(?:Council of the|European Union|Council of the European Union)$/i;
const COUNCIL_INITIALS = new CodeSet('CcEe');
/** The length of the longest line `COUNCIL` matches. */
const COUNCIL_LONGEST = 'Council of the European Union'.length;
const RULE = /^_{3,}$/;
const ANNEX = /^ANNEX(?:\s+[IVX\d]{1,4})?$/i;
/** One lower-case letter at `lastIndex` (sticky). */
const LOWER_AT = /\p{Ll}/uy;
const CLOSERS = new CodeSet('"\'”’)]');
const TERMINALS = new CodeSet('.!?:;');
const LETTER = /^\p{L}$/u;
const TITLE_START = /^[\p{Lu}\d“"‘']/u;
const WRAP_HYPHEN = /[\p{L}\d]-$/u;
/** Words no sentence ends with: a line ending in one was hard-wrapped. */
const FUNCTION_WORDS =
  'of on the and in for to at with between a an by from or its their as into that which under towards'.split(
    ' ',
  );
/** `FUNCTION_WORDS` by the code of their last letter: a line is compared only with the words ending like it. */
const FUNCTION_WORDS_BY_LAST = groupByLastCharCode(FUNCTION_WORDS);
const NO_WORDS: readonly string[] = [];

/** `words` grouped by the UTF-16 code of their last character. */
function groupByLastCharCode(words: readonly string[]): (readonly string[])[] {
  const groups: string[][] = [];
  for (const word of words) {
    const last = codeAt(word, word.length - 1);
    groups[last] = [...(groups[last] ?? []), word];
  }
  return groups;
}

/**
 * Whether the first characters can start a heading number or list mark ("1", "(a", "IV", "a)",
 * "A."): a digit or "(", a roman-numeral letter, or any character followed by "." or ")". A
 * necessary condition of `NUMBERED_START` and `NUMBER_ALONE`, tested before them.
 */
function mayStartNumber(line: string): boolean {
  const first = codeAt(line, 0);
  const second = codeAt(line, 1);
  return (
    (first >= 48 && first <= 57) ||
    first === 40 ||
    ROMAN_INITIALS.has(first) ||
    second === 46 ||
    second === 41 ||
    // "ii.", "iv)", "xi.": small roman numerals ("in", "it", "very" fail at their second letter)
    (SMALL_ROMAN.has(first) && SMALL_ROMAN.has(second))
  );
}

/** `NUMBERED_START.exec(line)`, the RegExp tried only when `mayStartNumber`. */
export function matchNumberedStart(line: string): RegExpExecArray | null {
  return mayStartNumber(line) ? NUMBERED_START.exec(line) : null;
}

/** `NUMBERED_START.test(line)`, the RegExp tried only when `mayStartNumber`. */
export function startsNumbered(line: string): boolean {
  return mayStartNumber(line) && NUMBERED_START.test(line);
}

/** A heading number or list mark standing alone: "1.", "IV.", "a)". */
export function isNumberAlone(line: string): boolean {
  // every form ends in "." or ")": test that first, the RegExp only then
  const last = codeAt(line, line.length - 1);
  return (last === 46 || last === 41) && mayStartNumber(line) && NUMBER_ALONE.test(line);
}

/** "From:", "To:", "Subject:" with or without a value. */
export function isFieldLine(line: string): boolean {
  return FIELD_INITIALS.has(codeAt(line, 0)) && FIELD_SECONDS.has(codeAt(line, 1)) && FIELD_LINE.test(line);
}

/** A field label without its value ("Subject:"), the value being on the next line. */
export function isFieldLabelAlone(line: string): boolean {
  return codeAt(line, line.length - 1) === 58 && FIELD_ALONE.test(line);
}

/** "Brussels, 24 March 2023", "Washington D.C., 15 December 2022", "(Stockholm, 16-17 March 2023)". */
export function isPlaceDateLine(line: string): boolean {
  // cheap necessary conditions first: the pattern starts with "(" or A-Z and ends with a year,
  // four digits, and maybe ")"
  const first = codeAt(line, 0);
  if (first !== 40 && !(first >= 65 && first <= 90)) return false;
  const length = line.length;
  const yearEnd = codeAt(line, length - 1) === 41 ? length - 1 : length;
  for (let i = yearEnd - 4; i < yearEnd; i++) if (!isDigit(codeAt(line, i))) return false;
  return PLACE_DATE.test(line);
}

/** A footnote rule "_____". */
export function isRuleLine(line: string): boolean {
  return codeAt(line, 0) === 95 && line.startsWith('___') && RULE.test(line);
}

/** "ANNEX", "ANNEX I". */
export function isAnnexLine(line: string): boolean {
  const first = codeAt(line, 0);
  return (first === 65 || first === 97) && ANNEX.test(line);
}

/** A line of the cover page: place and date, "(OR. en)", number, LIMITE, subject codes, Council name. */
export function isHeaderLine(line: string): boolean {
  // each pattern is tried only when the first character can start it
  const first = codeAt(line, 0);
  const capital = first >= 65 && first <= 90;
  const length = line.length;
  return (
    isPlaceDateLine(line) ||
    (first === 40 && OR_LANGUAGE.test(line)) ||
    (((first >= 48 && first <= 57) || first === 83) && DOC_NUMBER_LINE.test(line)) ||
    line === 'LIMITE' ||
    (COUNCIL_INITIALS.has(first) && length <= COUNCIL_LONGEST && COUNCIL.test(line)) ||
    (capital && isCapital(codeAt(line, 1)) && length <= 120 && CODES_LINE.test(line) && /\d/.test(line))
  );
}

/** A line in capitals (no lower-case letter, at least four letters): "OUTCOME OF PROCEEDINGS". */
export function isCapitalsLine(line: string): boolean {
  // the cheap test first: nearly every line has a lower-case letter
  if (hasLowerCase(line)) return false;
  return hasLetters(line, 4) && countWords(line) <= 14 && !/[.,;:)]$/.test(line) && !CODES_LINE.test(line);
}

/**
 * Holds at least `min` letters (`\p{L}`), counted in UTF-16 units as
 * `line.replace(/[^\p{L}]/gu, '').length` would, but without building that string.
 */
function hasLetters(line: string, min: number): boolean {
  let count = 0;
  const length = line.length;
  for (let i = 0; i < length && count < min; ) {
    const c = line.codePointAt(i) as number;
    const size = c > 0xffff ? 2 : 1;
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : LETTER.test(String.fromCodePoint(c)))
      count += size;
    i += size;
  }
  return count >= min;
}

/** The number of space-separated words: `line.split(' ').length`, counted without splitting. */
function countWords(line: string): number {
  let words = 1;
  for (let at = indexIn(line, ' '); at >= 0; at = indexIn(line, ' ', at + 1)) words++;
  return words;
}

/** Holds a lower-case letter (`\p{Ll}`): ASCII by char code, any other character by `LOWER_AT`. */
function hasLowerCase(line: string): boolean {
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const c = codeAt(line, i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) {
      LOWER_AT.lastIndex = i;
      if (LOWER_AT.test(line)) return true;
    }
  }
  return false;
}

/** A line that cannot continue the line before it: numbered start, bullet, field, capitals, annex, header, rule. */
export function isBlockStart(line: string): boolean {
  return (
    startsNumbered(line) ||
    isAgendaItemLine(line) ||
    isNumberAlone(line) ||
    startsWithBullet(line) ||
    isFieldLine(line) ||
    isCapitalsLine(line) ||
    isAnnexLine(line) ||
    isHeaderLine(line) ||
    isRuleLine(line)
  );
}

const AGENDA_ITEM_RE =
  /^(?:(?:Agenda\s+)?[Ii]tem\s+\d{1,2}|Session\s+[IVX]{1,4}|Part\s+[IVX]{1,4})\s*[:.–—-]\s+\S/;

/** A heading written "Item 2 – Migration", "Agenda item 3: Data protection" or "Session I: Home Affairs". */
export function isAgendaItemLine(line: string): boolean {
  const c = codeAt(line, 0);
  // A, I, P, S
  if (c !== 65 && c !== 73 && c !== 105 && c !== 80 && c !== 83) return false;
  return line.length <= 150 && AGENDA_ITEM_RE.test(line);
}

/** Ends a sentence or a lead-in: . ! ? : ; possibly followed by a closing quote or bracket. */
export function endsTerminal(line: string): boolean {
  // read from the end (a paragraph being joined grows long): /[.!?:;]["'”’)\]]*$/
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(codeAt(line, i))) i--;
  return i >= 0 && TERMINALS.has(codeAt(line, i));
}

/** Ends in a word no sentence ends with ("of", "the", "and"): the line was hard-wrapped. */
export function endsWithFunctionWord(line: string): boolean {
  // /\b(?:of|the|...)$/: the line ends with one of the words, with no word character
  // ([A-Za-z0-9_]) before it; only the words ending in the line's last character are tried
  const length = line.length;
  const candidates = FUNCTION_WORDS_BY_LAST[codeAt(line, length - 1)] ?? NO_WORDS;
  for (const word of candidates) {
    const start = length - word.length;
    if (endsWithText(line, word) && (start === 0 || !isWordCharacter(codeAt(line, start - 1)))) return true;
  }
  return false;
}

/** A character of `\w` (no `u` flag): A-Z, a-z, 0-9, "_". */
function isWordCharacter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Starts with a lower-case letter. */
export function startsLower(line: string): boolean {
  // ASCII decided by char code, any other first character by the RegExp
  const first = codeAt(line, 0);
  if (first < 128) return first >= 97 && first <= 122;
  return /^\p{Ll}/u.test(line);
}

/** Ends with a word broken by a hyphen ("Presiden-", "end-to-"), not a dash (" -"). */
export function endsWithWrapHyphen(line: string): boolean {
  const length = line.length;
  if (codeAt(line, length - 1) !== 45) return false;
  // an ASCII character before the hyphen decided by its code, any other by the RegExp
  const before = codeAt(line, length - 2);
  if (before < 128) return isCapital(before) || isDigit(before) || (before >= 97 && before <= 122);
  return WRAP_HYPHEN.test(line.slice(-3));
}

/**
 * How many parentheses are open after `line`, starting from `depth` (a closing one with none
 * open is ignored): lets a paragraph keep its count as lines are added, rather than recount.
 */
export function parenthesisDepth(depth: number, line: string): number {
  // from parenthesis to parenthesis by native searches: most lines hold none or a pair
  let d = depth;
  let open = indexIn(line, '(');
  let close = d === 0 && open < 0 ? -1 : indexIn(line, ')');
  while (open >= 0 || close >= 0) {
    if (open >= 0 && (close < 0 || open < close)) {
      d++;
      open = indexIn(line, '(', open + 1);
    } else {
      if (d > 0) d--;
      close = indexIn(line, ')', close + 1);
    }
  }
  return d;
}

/**
 * A line that reads like a title: numbered (16 words at most), in capitals, or short
 * (12 words at most) and starting with a capital; never ending like a sentence.
 */
export function looksLikeTitle(line: string): boolean {
  const length = line.length;
  const last = codeAt(line, length - 1);
  if (length > 140 || last === 44 || last === 59) return false;
  if (endsTerminal(line)) return last === COLON && isNumberedLabel(line);
  const words = countWords(line);
  if (startsNumbered(line)) return words <= 16;
  if (isCapitalsLine(line)) return true;
  return words <= 12 && startsLikeTitle(line);
}

const COLON = 58;
/** "2 Counter-terrorism:", "3. Visa reciprocity:": a number, one to three capitalised-first words, a colon. */
const NUMBERED_LABEL_RE =
  /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVXLC]{1,6}[.)])\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}:$/u;

/** A numbered heading ending with a colon (not a numbered lead-in: "2. The US side highlighted:" has a verb). */
function isNumberedLabel(line: string): boolean {
  return NUMBERED_LABEL_RE.test(line) && !/(?:ed|ing)\s*:$/.test(line);
}

/** `/^[\p{Lu}\d“"‘']/u.test(line)`: an ASCII first character decided by its code, any other by the RegExp. */
function startsLikeTitle(line: string): boolean {
  const first = codeAt(line, 0);
  if (first < 128) return isCapital(first) || isDigit(first) || first === 34 || first === 39;
  return TITLE_START.test(line);
}
