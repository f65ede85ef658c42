import type { Span } from '../schema/span.js';
import { BULLET_PREFIX_RE } from './bullets.js';
import { isWhiteSpace } from './char-classes.js';

/** Abbreviations whose final dot never ends a sentence (lower-cased, without the last dot). */
const NEVER_FINAL = new Set([
  'e.g',
  'i.e',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'paras',
  'p',
  'pp',
  'cf',
  'vs',
  'viz',
  'approx',
  'ca',
  'st',
  'gen',
  'jr',
  'sr',
  'fig',
  'vol',
  'ch',
  'sec',
  'dept',
  'op',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Abbreviations that may end a sentence ("... in Washington, D.C. The next ..."):
 * the dot is final only when the next word is a usual sentence opener.
 */
const SOMETIMES_FINAL = new Set([
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'd.c',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'a.m',
  'p.m',
]);

/** Words that open a sentence in the genre; used after an ambiguous abbreviation. */
const OPENERS = new Set(
  'The It Its They Their This These That Those Both All A An In On At As With For From By During Following Discussing Regarding Concerning Beyond However Moreover Furthermore Finally Also Participants We He She There Further Moreover Turning Next Calls Cooperation'.split(
    ' ',
  ),
);

/** A paragraph label that is not a sentence of its own: "1.", "IV.", "a)", "(b)". */
const LABEL_RE = /^\(?(?:\d{1,3}(?:\.\d{1,2})*|[ivxlcIVXLC]{1,6}|[a-zA-Z])[.)]$/;
const LEADING_LABEL_RE = /^\(?(?:\d{1,3}(?:\.\d{1,2})*|[ivxlcIVXLC]{1,6}|[a-z])[.)]\s+/;
const NEXT_WORD_RE = /^\s+["'“‘(*]*([\p{L}\d]+)/u;

const UPPER_RE = /\p{Lu}/u;
const MIXED_CASE_NAME_RE = /^\s+["'“‘(*]*\p{Ll}+-\p{Lu}/u;
const LOWER_START_RE = /^\p{Ll}/u;
const SENTENCE_START_RE = /^[\p{Lu}"“‘*]/u;

/**
 * Splits the text inside `span` into sentences, returned as trimmed spans into `text`.
 * Keeps abbreviations (e.g., i.e., Mr., No., U.S. before a name), decimals ("2.61 %"),
 * initials ("Robert J. Pape") and bracketed or quoted dots inside their sentence; a closing
 * quote or bracket after the final dot belongs to the sentence. A leading paragraph label
 * ("1.", "a)") is not a sentence. Assumes `span` lies inside `text`.
 * @example splitSentences('It noted X (e.g. Y). It agreed.', { start: 0, end: 31 }) // 2 spans
 */
export function splitSentences(text: string, span: Span): Span[] {
  const chunk = text.slice(span.start, span.end);
  const out: Span[] = [];
  const terminals = new TerminalFinder(chunk);
  let sentenceStart = 0;
  for (let at = terminals.next(0); at !== -1; ) {
    const markEnd = skipFootnoteCall(chunk, at, skipMark(chunk, at));
    if (markEnd === chunk.length || isWhiteSpace(chunk.charCodeAt(markEnd))) {
      if (markEnd - at > 1 || chunk.charCodeAt(at) !== DOT || isFinalDot(chunk, sentenceStart, at, markEnd)) {
        pushSentence(chunk, span.start, sentenceStart, markEnd, out);
        sentenceStart = markEnd;
      }
    }
    at = terminals.next(markEnd);
  }
  pushSentence(chunk, span.start, sentenceStart, chunk.length, out);
  return out;
}

const DOT = 46;
const TERMINALS = ['.', '!', '?', '…'];

/**
 * Finds terminal punctuation (. ! ? …) with one `indexOf` per mark, each remembered until the
 * scan passes it: about ten times faster than a RegExp over the chunk. A candidate end is the run
 * of marks and the closers after it when whitespace or the chunk's end follows; that is what
 * `/[.!?…]+["'”’)\]*]*(?=\s|$)/g` matches (backtracking never helps it: a shorter run is followed
 * by a mark or a closer, not whitespace), so after a failed candidate the scan goes on past it.
 */
class TerminalFinder {
  private readonly at: number[] = [-2, -2, -2, -2];
  constructor(private readonly chunk: string) {}

  /** The first index from `from` holding a mark, or -1. */
  next(from: number): number {
    let first = -1;
    for (let k = 0; k < 4; k++) {
      let i = this.at[k] as number;
      if (i !== -1 && i < from) {
        i = this.chunk.indexOf(TERMINALS[k] as string, from);
        this.at[k] = i;
      }
      if (i !== -1 && (first === -1 || i < first)) first = i;
    }
    return first;
  }
}

/** Past the run of terminal marks at `at` and the closing quotes, brackets or asterisks after it. */
function skipMark(chunk: string, at: number): number {
  let i = at;
  while (i < chunk.length && isTerminal(chunk.charCodeAt(i))) i++;
  while (i < chunk.length && isCloser(chunk.charCodeAt(i))) i++;
  return i;
}

/**
 * After a sentence's final mark, a footnote call printed as plain or superscript digits
 * ("... in advance.1 Both sides ..."): the end of the call when a letter or closer stands before
 * the mark and a capital opens the next word, else `markEnd`. A decimal ("2.1", "5.9 %") has a
 * digit before its dot, "para.1 of" no capital after.
 */
function skipFootnoteCall(chunk: string, at: number, markEnd: number): number {
  let i = markEnd;
  while (i < chunk.length && i - markEnd < 2 && isCallDigit(chunk.charCodeAt(i))) i++;
  if (i === markEnd || i >= chunk.length || !isWhiteSpace(chunk.charCodeAt(i))) return markEnd;
  const before = at > 0 ? chunk.charCodeAt(at - 1) : 0;
  if (!(isLetterCode(before) || isCloser(before))) return markEnd;
  let j = i;
  while (j < chunk.length && isWhiteSpace(chunk.charCodeAt(j))) j++;
  return j < chunk.length && UPPER_RE.test(chunk.charAt(j)) ? i : markEnd;
}

/** 0-9, ¹ ² ³ and ⁰-⁹. */
function isCallDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

/** An ASCII or Latin-1 letter. */
function isLetterCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isTerminal(c: number): boolean {
  return c === DOT || c === 33 || c === 63 || c === 0x2026;
}

/** " ' ” ’ ) ] * */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 42;
}

/** The longest word of `NEVER_FINAL` and `SOMETIMES_FINAL` ("approx"): a longer word is neither. */
const MAX_ABBREVIATION = 6;
/** How far after the dot the next word is looked for. */
const NEXT_WORD_WINDOW = 40;

function isFinalDot(chunk: string, from: number, dotAt: number, end: number): boolean {
  const wordStart = startOfWordBefore(chunk, Math.max(from, dotAt - 24), dotAt);
  if (wordStart === dotAt) return true;
  if (dotAt - wordStart <= MAX_ABBREVIATION) {
    const word = chunk.slice(wordStart, dotAt);
    const lower = word.toLowerCase();
    if (NEVER_FINAL.has(lower)) return false;
    // An initial ("J. Pape") or a one-letter run ("U.S" handled above): not final before a capital name.
    if (SOMETIMES_FINAL.has(lower) || (word.length === 1 && UPPER_RE.test(word)))
      return isFinalBeforeOpener(chunk, end);
  }
  return isFinalBeforeWord(chunk, end);
}

/** After an ambiguous abbreviation or an initial: final before a usual opener or nothing. */
function isFinalBeforeOpener(chunk: string, end: number): boolean {
  const next = NEXT_WORD_RE.exec(chunk.slice(end, end + NEXT_WORD_WINDOW));
  return next === null || OPENERS.has(next[1] as string);
}

/** After a word: final unless the next word goes on in lower case ("approx. five"). */
function isFinalBeforeWord(chunk: string, end: number): boolean {
  const c = firstOfNextWord(chunk, end);
  // ASCII fast path: no word (a space, a sign), a capital or a digit is no lower-case continuation
  if (c < 128 && !(c >= 97 && c <= 122)) return true;
  const after = chunk.slice(end, end + NEXT_WORD_WINDOW);
  if (c >= 128) {
    const next = NEXT_WORD_RE.exec(after);
    if (next === null || !LOWER_START_RE.test(next[1] as string)) return true;
  }
  // A name written lower-case first ("eu-LISA", "e-CODEX") opens a sentence like a capital does.
  return MIXED_CASE_NAME_RE.test(after);
}

/**
 * The code unit where `NEXT_WORD_RE` would start the next word (after whitespace, then opening
 * quotes and brackets, inside the window); -1 when the window ends first.
 */
function firstOfNextWord(chunk: string, end: number): number {
  const stop = Math.min(chunk.length, end + NEXT_WORD_WINDOW);
  let i = end;
  while (i < stop && isWhiteSpace(chunk.charCodeAt(i))) i++;
  while (i < stop && isOpener(chunk.charCodeAt(i))) i++;
  return i < stop ? chunk.charCodeAt(i) : -1;
}

/** " ' “ ‘ ( * */
function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 42;
}

/** Where the letters and inner dots right before `at` start ("e.g", "U.S", "Mr"), at a letter; `at` if none. */
function startOfWordBefore(chunk: string, from: number, at: number): number {
  let i = at;
  while (i > from && (isLetter(chunk.charCodeAt(i - 1)) || chunk.charCodeAt(i - 1) === DOT)) i--;
  while (i < at && chunk.charCodeAt(i) === DOT) i++;
  return i;
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function pushSentence(chunk: string, base: number, from: number, to: number, out: Span[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(chunk.charCodeAt(s))) s++;
  while (e > s && isSpace(chunk.charCodeAt(e - 1))) e--;
  if (s >= e) return;
  if (!mayBeLabelled(chunk, s, e)) {
    out.push({ start: base + s, end: base + e });
    return;
  }
  const piece = chunk.slice(s, e);
  if (LABEL_RE.test(piece)) return;
  const bullet = BULLET_PREFIX_RE.exec(piece);
  if (bullet !== null) {
    if (bullet[0].length === piece.length) return;
    s += bullet[0].length;
    out.push({ start: base + s, end: base + e });
    return;
  }
  const label = LEADING_LABEL_RE.exec(piece);
  // "(b) the fight against ransomware;": a bracketed label also before an item in lower case
  if (label !== null) {
    const rest = piece.slice(label[0].length);
    if (SENTENCE_START_RE.test(rest) || (label[0].includes(')') && LOWER_START_RE.test(rest)))
      s += label[0].length;
  }
  out.push({ start: base + s, end: base + e });
}

/**
 * False when none of `LABEL_RE`, `BULLET_PREFIX_RE` and `LEADING_LABEL_RE` can match the piece: it opens
 * with a capital that is no Roman digit and is not two characters long ("A." may be a label).
 */
function mayBeLabelled(chunk: string, s: number, e: number): boolean {
  const c = chunk.charCodeAt(s);
  return !(c >= 65 && c <= 90) || ROMAN_CAPITALS.includes(c) || e - s === 2;
}

const ROMAN_CAPITALS = [73, 86, 88, 76, 67]; // I V X L C

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}
