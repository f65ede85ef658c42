// Predicates over single lines, shared by normalise (joining decisions) and blocks (first guesses).

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** "1.", "2.1", "IV.", "1)", "a)", "(a)", "A." followed by text. */
export const NUMBERED_START =
  /^(?:(\d{1,2}(?:\.\d{1,2})*)[.)]?|([IVXLC]{1,6})[.)]|\(?([a-z])\)|([A-Z])[.)])\s+(?=\S)/;
const NUMBER_ALONE = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]{1,6}[.)]|\(?[a-z]\)|[A-Z][.)])$/;
const FIELD_LINE = /^(?:From|To|Subject|Subj\.|Date|Prev\. doc\.?|Ref\.?)\s*:/;
const FIELD_ALONE = /^(?:From|To|Subject|Subj\.)\s*:$/;
/** First characters of `FIELD_LINE` (F, T, S, D, P, R): other lines skip the RegExp. */
const FIELD_INITIALS = charCodes('FTSDPR');
const BULLET = /^[•▪◦●\-–—*]\s+\S/;
const BULLET_INITIALS = charCodes('•▪◦●-–—*');
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
const COUNCIL_INITIALS = charCodes('CcEe');
const RULE = /^_{3,}$/;
const ANNEX = /^ANNEX(?:\s+[IVX\d]{1,4})?$/i;
/** One lower-case letter at `lastIndex` (sticky). */
const LOWER_AT = /\p{Ll}/uy;
const CLOSERS = '"\'”’)]';
const TERMINALS = '.!?:;';
const NOT_LETTERS = /[^\p{L}]/gu;
const WRAP_HYPHEN = /[\p{L}\d]-$/u;
const FUNCTION_WORD_END =
  /\b(?:of|on|the|and|in|for|to|at|with|between|a|an|by|from|or|its|their|as|into|that|which|under|towards)$/;

/** The UTF-16 codes of the characters of `chars` (all in the BMP). */
function charCodes(chars: string): Set<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/** A heading number or list mark standing alone: "1.", "IV.", "a)". */
export function isNumberAlone(line: string): boolean {
  // every form ends in "." or ")": test that first, the RegExp only then
  const last = line.charCodeAt(line.length - 1);
  return (last === 46 || last === 41) && NUMBER_ALONE.test(line);
}

/** "From:", "To:", "Subject:" with or without a value. */
export function isFieldLine(line: string): boolean {
  return FIELD_INITIALS.has(line.charCodeAt(0)) && FIELD_LINE.test(line);
}

/** A field label without its value ("Subject:"), the value being on the next line. */
export function isFieldLabelAlone(line: string): boolean {
  return line.endsWith(':') && FIELD_ALONE.test(line);
}

/** "Brussels, 24 March 2023", "Washington D.C., 15 December 2022", "(Stockholm, 16-17 March 2023)". */
export function isPlaceDateLine(line: string): boolean {
  // cheap necessary conditions first: the pattern starts with "(" or A-Z and ends with a digit or ")"
  const first = line.charCodeAt(0);
  const last = line.charCodeAt(line.length - 1);
  if (first !== 40 && !(first >= 65 && first <= 90)) return false;
  if (last !== 41 && !(last >= 48 && last <= 57)) return false;
  return PLACE_DATE.test(line);
}

/** A footnote rule "_____". */
export function isRuleLine(line: string): boolean {
  return line.startsWith('___') && RULE.test(line);
}

/** "ANNEX", "ANNEX I". */
export function isAnnexLine(line: string): boolean {
  const first = line.charCodeAt(0);
  return (first === 65 || first === 97) && ANNEX.test(line);
}

/** A line of the cover page: place and date, "(OR. en)", number, LIMITE, subject codes, Council name. */
export function isHeaderLine(line: string): boolean {
  // each pattern is tried only when the first character can start it
  const first = line.charCodeAt(0);
  const capital = first >= 65 && first <= 90;
  return (
    isPlaceDateLine(line) ||
    (first === 40 && OR_LANGUAGE.test(line)) ||
    (((first >= 48 && first <= 57) || first === 83) && DOC_NUMBER_LINE.test(line)) ||
    line === 'LIMITE' ||
    (COUNCIL_INITIALS.has(first) && COUNCIL.test(line)) ||
    (capital && line.length <= 120 && CODES_LINE.test(line) && /\d/.test(line))
  );
}

/** A line in capitals (no lower-case letter, at least four letters): "OUTCOME OF PROCEEDINGS". */
export function isCapitalsLine(line: string): boolean {
  // the cheap test first: nearly every line has a lower-case letter
  if (hasLowerCase(line)) return false;
  return (
    line.replace(NOT_LETTERS, '').length >= 4 &&
    line.split(' ').length <= 14 &&
    !/[.,;:)]$/.test(line) &&
    !CODES_LINE.test(line)
  );
}

/** Holds a lower-case letter (`\p{Ll}`): ASCII by char code, any other character by `LOWER_AT`. */
function hasLowerCase(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
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
    NUMBERED_START.test(line) ||
    isNumberAlone(line) ||
    (BULLET_INITIALS.has(line.charCodeAt(0)) && BULLET.test(line)) ||
    isFieldLine(line) ||
    isCapitalsLine(line) ||
    isAnnexLine(line) ||
    isHeaderLine(line) ||
    isRuleLine(line)
  );
}

/** Ends a sentence or a lead-in: . ! ? : ; possibly followed by a closing quote or bracket. */
export function endsTerminal(line: string): boolean {
  // read from the end (a paragraph being joined grows long): /[.!?:;]["'”’)\]]*$/
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.includes(line.charAt(i))) i--;
  return i >= 0 && TERMINALS.includes(line.charAt(i));
}

/** Ends in a word no sentence ends with ("of", "the", "and"): the line was hard-wrapped. */
export function endsWithFunctionWord(line: string): boolean {
  // the longest word is 7 letters: its boundary lies within the last 8 characters
  return FUNCTION_WORD_END.test(line.length > 8 ? line.slice(-8) : line);
}

/** Starts with a lower-case letter. */
export function startsLower(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}

/** Ends with a word broken by a hyphen ("Presiden-", "end-to-"), not a dash (" -"). */
export function endsWithWrapHyphen(line: string): boolean {
  return line.endsWith('-') && WRAP_HYPHEN.test(line.slice(-3));
}

/**
 * How many parentheses are open after `line`, starting from `depth` (a closing one with none
 * open is ignored): lets a paragraph keep its count as lines are added, rather than recount.
 */
export function parenthesisDepth(depth: number, line: string): number {
  let d = depth;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 40) d++;
    else if (c === 41 && d > 0) d--;
  }
  return d;
}

/**
 * A line that reads like a title: numbered (16 words at most), in capitals, or short
 * (12 words at most) and starting with a capital; never ending like a sentence.
 */
export function looksLikeTitle(line: string): boolean {
  if (line.length > 140 || endsTerminal(line) || /[,;]$/.test(line)) return false;
  const words = line.split(' ').length;
  if (NUMBERED_START.test(line)) return words <= 16;
  if (isCapitalsLine(line)) return true;
  return words <= 12 && /^[\p{Lu}\d“"‘']/u.test(line);
}
