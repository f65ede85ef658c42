import type { Span } from '../schema/span.js';

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

/** A candidate end: terminal punctuation, then closing quotes, brackets or asterisks. */
const END_RE = /[.!?…]+["'”’)\]*]*(?=\s|$)/g;
/** The word just before a dot: letters and inner dots ("e.g", "U.S", "Mr"). */
/** A paragraph label that is not a sentence of its own: "1.", "IV.", "a)", "(b)". */
const LABEL_RE = /^\(?(?:\d{1,3}(?:\.\d{1,2})*|[ivxlcIVXLC]{1,6}|[a-zA-Z])[.)]$/;
const LEADING_LABEL_RE = /^\(?(?:\d{1,3}(?:\.\d{1,2})*|[ivxlcIVXLC]{1,6}|[a-z])[.)]\s+/;
/** A list bullet before a sentence ("- The US ...", "• Both sides ..."); "*" only with a space after it. */
const BULLET_RE = /^[-–—•▪·*]\s+/;
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
  let sentenceStart = 0;
  END_RE.lastIndex = 0;
  for (let m = END_RE.exec(chunk); m !== null; m = END_RE.exec(chunk)) {
    const dotAt = m.index;
    const end = m.index + m[0].length;
    if (chunk[dotAt] === '.' && m[0].length === 1 && !isFinalDot(chunk, sentenceStart, dotAt, end)) continue;
    pushSentence(chunk, span.start, sentenceStart, end, out);
    sentenceStart = end;
  }
  pushSentence(chunk, span.start, sentenceStart, chunk.length, out);
  return out;
}

function isFinalDot(chunk: string, from: number, dotAt: number, end: number): boolean {
  const word = wordBefore(chunk, Math.max(from, dotAt - 24), dotAt);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  const after = chunk.slice(end, end + 40);
  const next = NEXT_WORD_RE.exec(after);
  const nextWord = next?.[1] ?? '';
  if (next === null) return true;
  if (SOMETIMES_FINAL.has(lower)) return OPENERS.has(nextWord);
  // An initial ("J. Pape") or a one-letter run ("U.S" handled above): not final before a capital name.
  if (word.length === 1 && UPPER_RE.test(word)) return OPENERS.has(nextWord);
  // A name written lower-case first ("eu-LISA", "e-CODEX") opens a sentence like a capital does.
  if (MIXED_CASE_NAME_RE.test(after)) return true;
  // A lower-case continuation means the dot was not final ("approx. five").
  return !LOWER_START_RE.test(nextWord);
}

/** The letters and inner dots right before `at` ("e.g", "U.S", "Mr"), starting with a letter; '' if none. */
function wordBefore(chunk: string, from: number, at: number): string {
  let i = at;
  while (i > from && (isLetter(chunk.charCodeAt(i - 1)) || chunk.charCodeAt(i - 1) === 46)) i--;
  while (i < at && chunk.charCodeAt(i) === 46) i++;
  return chunk.slice(i, at);
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
  const piece = chunk.slice(s, e);
  if (LABEL_RE.test(piece)) return;
  const bullet = BULLET_RE.exec(piece);
  if (bullet !== null) {
    if (bullet[0].length === piece.length) return;
    s += bullet[0].length;
    out.push({ start: base + s, end: base + e });
    return;
  }
  const label = LEADING_LABEL_RE.exec(piece);
  if (label !== null && SENTENCE_START_RE.test(piece.slice(label[0].length))) s += label[0].length;
  out.push({ start: base + s, end: base + e });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}
