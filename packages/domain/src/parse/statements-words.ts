/**
 * Word tokens of a sentence and the vocabulary they are looked up in. A sentence is tokenised
 * once; a token is its offsets and the id of its lower-cased word, and every lexicon and word set
 * asks ids, so no string is made for a word unless some rule needs it written out.
 */

/** A word of the text: its absolute offsets and the id of its lower-cased form. */
export interface Token {
  /** The text the offsets point into. */
  source: string;
  /**
   * Id of the lower-cased word in the vocabulary, or -1. The vocabulary holds every word a
   * lexicon knows (`isLexiconWord`) and the words of the parser's word sets (`wordSet`).
   */
  id: number;
  start: number;
  end: number;
}

/**
 * Every lower-cased word any lexicon or word set uses, with a small integer id. Filled at module
 * load by `PhraseTrie.add`, `lexiconWordSet` and `wordSet`, never by text: the table stays bounded. A token finds its
 * id through an open-addressing table keyed by a hash computed while the word is scanned, so no
 * lower-cased copy is made and no string is hashed twice; trie steps then compare integers.
 */
const WORDS: string[] = [];
/** Whether a lexicon knows the word, by id (`wordSet` words need not be lexicon words). */
const LEXICON: boolean[] = [];
/** Each word's hash, by id (an Int32Array: hashes are 32-bit, and a plain array would box them). */
let wordHashes = new Int32Array(1024);
/**
 * Open-addressing table (at most a quarter full): the id in each slot (-1: empty) and, beside
 * it, that word's hash and length, so a probe reads no string.
 */
let slots = new Int32Array(1024).fill(-1);
let slotHashes = new Int32Array(1024);
let slotLengths = new Int32Array(1024);
/** Every word's code units, one after another; `wordAt[id]` is where word `id` starts. */
let vocabularyChars = new Uint16Array(8192);
let vocabularyLength = 0;
let wordAt = new Int32Array(1024);

/** FNV-1a step over one lower-cased UTF-16 code unit. */
function mixHash(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
const HASH_SEED = 0x811c9dc5 | 0;

function hashWord(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = mixHash(h, word.charCodeAt(i));
  return h;
}

/** The id of a lower-cased word, or -1. */
function lookupWord(lower: string): number {
  return findWordId(lower, 0, lower.length, hashWord(lower));
}

/**
 * The id of a lower-cased word, added to the vocabulary if new; `lexicon` marks it a word some
 * lexicon knows. Module-load use only.
 */
export function internWord(lower: string, lexicon: boolean): number {
  const known = lookupWord(lower);
  if (known >= 0) {
    if (lexicon) LEXICON[known] = true;
    return known;
  }
  const id = WORDS.length;
  WORDS.push(lower);
  LEXICON.push(lexicon);
  if (id === wordHashes.length) {
    const grown = new Int32Array(wordHashes.length * 2);
    grown.set(wordHashes);
    wordHashes = grown;
  }
  wordHashes[id] = hashWord(lower);
  storeChars(id, lower);
  if (WORDS.length * 4 > slots.length) {
    slots = new Int32Array(slots.length * 2).fill(-1);
    slotHashes = new Int32Array(slots.length);
    slotLengths = new Int32Array(slots.length);
    for (let k = 0; k < WORDS.length; k++) placeSlot(k);
  } else placeSlot(id);
  return id;
}

function placeSlot(id: number): void {
  const mask = slots.length - 1;
  let k = (wordHashes[id] as number) & mask;
  while ((slots[k] as number) >= 0) k = (k + 1) & mask;
  slots[k] = id;
  slotHashes[k] = wordHashes[id] as number;
  slotLengths[k] = (WORDS[id] as string).length;
}

function storeChars(id: number, lower: string): void {
  if (id === wordAt.length) {
    const grown = new Int32Array(wordAt.length * 2);
    grown.set(wordAt);
    wordAt = grown;
  }
  if (vocabularyLength + lower.length > vocabularyChars.length) {
    const grown = new Uint16Array(vocabularyChars.length * 2);
    grown.set(vocabularyChars);
    vocabularyChars = grown;
  }
  wordAt[id] = vocabularyLength;
  for (let k = 0; k < lower.length; k++) vocabularyChars[vocabularyLength++] = lower.charCodeAt(k);
}

/** A set of vocabulary words, asked by a token's id (one typed-array read). */
export class WordSet {
  private readonly member: Uint8Array;

  constructor(ids: readonly number[]) {
    this.member = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.member[id] = 1;
  }

  /** Whether the word of vocabulary id `id` is in the set (false for -1). */
  has(id: number): boolean {
    return id >= 0 && id < this.member.length && this.member[id] === 1;
  }

  /** Whether a lower-cased word is in the set (for module-load code working on strings). */
  hasWord(lower: string): boolean {
    return this.has(lookupWord(lower));
  }

  /** Whether `token` (possibly out of range: undefined) is one of the set's words. */
  holds(token: Token | undefined): boolean {
    return token !== undefined && this.has(token.id);
  }
}

/**
 * Registers lexicon words (any case) in the vocabulary and returns them as a set: a capitalised
 * word that is one of them is a lexicon word, never a person's name (`isLexiconWord`).
 */
export function lexiconWordSet(words: readonly string[]): WordSet {
  return new WordSet(words.map((w) => internWord(w.toLowerCase(), true)));
}

/**
 * A set of plain words (any case) asked by token id, equivalent to a `Set` of lower-cased
 * strings asked with the token's lower-cased text. The words become vocabulary words, not lexicon words.
 */
export function wordSet(words: readonly string[]): WordSet {
  return new WordSet(words.map((w) => internWord(w.toLowerCase(), false)));
}

/** The vocabulary id of one plain word (as `wordSet`): `token.id === wordId('by')` reads "the token is 'by'". */
export function wordId(word: string): number {
  return internWord(word.toLowerCase(), false);
}

/** Whether some lexicon knows the token's word (a trie's word, or a `lexiconWordSet`'s). */
export function isLexiconWord(token: Token): boolean {
  return token.id >= 0 && LEXICON[token.id] === true;
}

/** The token as written. */
export function tokenText(token: Token): string {
  return token.source.slice(token.start, token.end);
}

/** The token lower-cased (its vocabulary word when it has one). */
export function tokenLower(token: Token): string {
  return token.id >= 0 ? (WORDS[token.id] as string) : tokenText(token).toLowerCase();
}

/** Whether the token is written exactly `word` (case included), without slicing it out. */
export function isWrittenAs(token: Token | undefined, word: string): boolean {
  return (
    token !== undefined &&
    token.end - token.start === word.length &&
    token.source.startsWith(word, token.start)
  );
}

/**
 * The id of `text.slice(s, e)` lower-cased, given the hash of its lower-cased code units, without
 * making the string; -1 if no lexicon knows it.
 */
function findWordId(text: string, s: number, e: number, h: number): number {
  const mask = slots.length - 1;
  const length = e - s;
  const chars = vocabularyChars;
  for (let k = h & mask; ; k = (k + 1) & mask) {
    const id = slots[k] as number;
    if (id < 0) return -1;
    if (slotHashes[k] !== h || slotLengths[k] !== length) continue;
    const at = wordAt[id] as number;
    let j = 0;
    while (j < length && chars[at + j] === LOWER_CODE[text.charCodeAt(s + j)]) j++;
    if (j === length) return id;
  }
}

/** ASCII and Latin-1 capitals lower-cased; other code units as they are (the caller checks). */
function lowerCode(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/**
 * Splits `text.slice(start, end)` into word tokens with absolute offsets: runs of letters and
 * digits joined by inner dots, hyphens, slashes or ampersands ("U.S", "EU-CELAC", "e-evidence").
 * A dotted acronym keeps its final dot ("U.S."); possessive "'s" becomes its own token ("EU", "s").
 * A hand-written scanner: this runs on every sentence, so it avoids a RegExp, hashes each word
 * while reading it to find its id, and makes no string.
 */
export function tokenizeWords(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const classes = CHAR_CLASS;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    if (((classes[c] as number) & WORD) === 0) {
      i++;
      continue;
    }
    const s = i;
    let dots = 0;
    let letters = 0;
    // OR of the classes of the word's characters (WIDE)
    let seen = 0;
    let h = HASH_SEED;
    for (;;) {
      while (i < end) {
        c = text.charCodeAt(i);
        const k = classes[c] as number;
        if ((k & WORD) === 0) break;
        seen |= k;
        h = mixHash(h, k >>> LOWER_SHIFT);
        i++;
        letters++;
      }
      if (
        i + 1 < end &&
        ((classes[c] as number) & JOINER) !== 0 &&
        ((classes[text.charCodeAt(i + 1)] as number) & WORD) !== 0
      ) {
        if (c === 46) dots++;
        h = mixHash(h, c);
        i++;
        continue;
      }
      break;
    }
    // "U.S." keeps its final dot: single letters joined by dots.
    if (dots > 0 && letters === dots + 1 && i < end && text.charCodeAt(i) === 46) {
      h = mixHash(h, 46);
      i++;
    }
    // beyond Latin-1, lower-casing is left to String#toLowerCase
    const id = (seen & WIDE) !== 0 ? lookupWord(text.slice(s, i).toLowerCase()) : findWordId(text, s, i, h);
    out.push({ source: text, id, start: s, end: i });
  }
  return out;
}

/**
 * Character classes of UTF-16 code units, as bits, looked up by the tokenizer; above
 * `LOWER_SHIFT`, the code unit lower-cased (one table read per character gives both).
 */
const WORD = 1;
const WIDE = 2;
const JOINER = 4;
const LOWER_SHIFT = 8;
const CHAR_CLASS = new Int32Array(0x10000);
/** Each code unit lower-cased (ASCII and Latin-1 capitals; others as they are). */
const LOWER_CODE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  LOWER_CODE[c] = lowerCode(c);
  let k = 0;
  if (isWordChar(c)) {
    k |= WORD;
    if (c >= 0x100) k |= WIDE;
  }
  if (isJoiner(c)) k |= JOINER;
  CHAR_CLASS[c] = k | (lowerCode(c) << LOWER_SHIFT);
}

function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x4ff)
  );
}

/** . - ‐ ‑ & / */
function isJoiner(c: number): boolean {
  return c === 46 || c === 45 || c === 0x2010 || c === 0x2011 || c === 38 || c === 47;
}
