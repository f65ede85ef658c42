// Prefixes that keep their hyphen when a line breaks after them ("cross-" / "border").
const KEEP_PREFIXES = new Set([
  'e',
  'non',
  'anti',
  'cross',
  'co',
  'ex',
  'self',
  'well',
  'high',
  'low',
  'long',
  'short',
  'full',
  'large',
  'small',
  'whole',
  'ad',
  'post',
  'pre',
  'semi',
  'counter',
  'trans',
  'euro',
  'multi',
  'inter',
  'intra',
  'mid',
  'follow',
  'so',
]);

/** Lower-case words (hyphenated ones included) of a text: the vocabulary used to judge line-end hyphens. */
export function collectVocabulary(text: string): Set<string> {
  // the matches of /\p{L}[\p{L}-]*\p{L}/gu, by hand: in each run of letters and hyphens, from its
  // first letter to its last (when they differ)
  const words = new Set<string>();
  let first = -1;
  let lastEnd = -1;
  let lastStart = -1;
  for (let i = 0; i <= text.length; ) {
    const c = i < text.length ? (text.codePointAt(i) as number) : -1;
    const size = c > 0xffff ? 2 : 1;
    if (c !== -1 && isLetter(c)) {
      if (first < 0) first = i;
      lastStart = i;
      lastEnd = i + size;
    } else if (c !== 45) {
      if (first >= 0 && lastStart > first) words.add(text.slice(first, lastEnd).toLowerCase());
      first = -1;
    }
    i += size;
  }
  return words;
}

const VOCABULARY_WORD = /^\p{L}[\p{L}-]*\p{L}$/u;

/**
 * `collectVocabulary(text).has(word)` for a lower-case `word`, answered by searching the
 * lower-cased text only when asked (a document asks a few times, for its line-end hyphens)
 * instead of collecting every word first. Falls back to the collected set when lower-casing
 * changes the text's length or context decides a letter's case (a capital sigma).
 */
export function createVocabularyLookup(text: string): (word: string) => boolean {
  let lower: string | null = null;
  let hyphens: number[] = [];
  let collected: Set<string> | null = null;
  return (word) => {
    if (collected === null && lower === null) {
      const lowered = text.toLowerCase();
      if (lowered.length === text.length && !text.includes('\u03a3')) {
        lower = lowered;
        hyphens = findHyphens(lowered);
      } else collected = collectVocabulary(text);
    }
    if (collected !== null) return collected.has(word);
    return VOCABULARY_WORD.test(word) && occursAsWord(lower as string, hyphens, word);
  };
}

/** The offsets of every "-" in `text`. */
function findHyphens(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) at.push(i);
  return at;
}

/**
 * Whether `word` stands in `text` as a whole run of letters and hyphens, trimmed of its outer
 * hyphens. A hyphenated word (the usual question) is looked for only where `text` has a hyphen
 * (`hyphens`, the offsets of its "-"), not by searching the whole text.
 */
function occursAsWord(text: string, hyphens: readonly number[], word: string): boolean {
  const hyphen = word.indexOf('-');
  if (hyphen < 0) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      if (standsAsWord(text, word, at)) return true;
    return false;
  }
  // every occurrence has its first hyphen on one of the text's hyphens
  for (const h of hyphens) {
    const at = h - hyphen;
    if (at >= 0 && text.startsWith(word, at) && standsAsWord(text, word, at)) return true;
  }
  return false;
}

/** Whether `word`, found at `at` in `text`, is a whole run of letters and hyphens there (outer hyphens aside). */
function standsAsWord(text: string, word: string, at: number): boolean {
  let before = at;
  while (before > 0 && text.charCodeAt(before - 1) === 45) before--;
  if (before > 0 && isLetter(codePointBefore(text, before))) return false;
  let after = at + word.length;
  while (after < text.length && text.charCodeAt(after) === 45) after++;
  return !(after < text.length && isLetter(text.codePointAt(after) as number));
}

/** The code point that ends right before index `at` (a whole surrogate pair when there is one). */
function codePointBefore(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2) as number;
  }
  return c;
}

const LETTER = /\p{L}/u;

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Latin-1 and Latin Extended letters, and the General Punctuation block (quotes, dashes), decided without a RegExp
  if (c < 0x250) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x2000 && c <= 0x206f) return false;
  return LETTER.test(String.fromCodePoint(c));
}

/**
 * Joins a line ending in a hyphen with the next one. Drops the hyphen of a word broken by the
 * wrap ("Presiden-" + "cy" -> "Presidency"), keeps a real one: compounds already hyphenated
 * ("end-to-" + "end"), capitals or digits on either side ("EU-" + "US"), common prefixes
 * ("cross-" + "border"), or when the document writes the hyphenated form and never the joined one.
 */
export function joinHyphenated(a: string, b: string, inVocabulary: (word: string) => boolean): string {
  const leftToken = a.slice(a.lastIndexOf(' ') + 1, -1);
  const left = leftToken.replace(/^[^\p{L}\d]+/u, '');
  const right = /^[\p{L}\d]+/u.exec(b)?.[0] ?? '';
  const keep =
    left.includes('-') ||
    /[\p{Lu}\d]/u.test(right.charAt(0)) ||
    /^[\p{Lu}\d]+$/u.test(left) ||
    /\d/.test(left) ||
    KEEP_PREFIXES.has(left.toLowerCase()) ||
    (inVocabulary(`${left}-${right}`.toLowerCase()) && !inVocabulary(`${left}${right}`.toLowerCase()));
  return keep ? a + b : a.slice(0, -1) + b;
}
