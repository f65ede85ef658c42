/**
 * The words of a sentence and the vocabulary they are looked up in. A sentence is tokenised
 * once; a word is its offsets and the id of its lower-cased form, and every lexicon and word set
 * asks ids, so no string is made for a word unless some rule needs it written out.
 */

import { isAsciiLetter, isCapital, isDigit, isSmallLetter } from './char-classes.js';

/**
 * The words of one stretch of text (a sentence), numbered from 0: for word `k`, the id of its
 * lower-cased form and its absolute offsets, kept as triples in one array of small integers (no
 * object per word). Strings are made only when asked.
 */
export class Words {
  constructor(
    /** The text the offsets point into. */
    readonly source: string,
    /** id, start, end of each word. */
    private readonly triples: readonly number[],
    readonly length: number,
  ) {}

  /**
   * Id of word `k`'s lower-cased form in the vocabulary, or -1 (also when there is no word `k`).
   * The vocabulary holds every word a lexicon knows (`isLexiconWord`) and the words of the
   * parser's word sets (`wordSet`).
   */
  id(k: number): number {
    return k >= 0 && k < this.length ? (this.triples[3 * k] as number) : -1;
  }

  /** Offset of word `k`'s first code unit (`k` must be a word). */
  start(k: number): number {
    return this.triples[3 * k + 1] as number;
  }

  /** Offset after word `k`'s last code unit (`k` must be a word). */
  end(k: number): number {
    return this.triples[3 * k + 2] as number;
  }

  /** Word `k` as written. */
  text(k: number): string {
    return this.source.slice(this.start(k), this.end(k));
  }

  /** Word `k` lower-cased (its vocabulary word when it has one). */
  lower(k: number): string {
    const id = this.id(k);
    return id >= 0 ? (WORDS[id] as string) : this.text(k).toLowerCase();
  }

  /** Whether word `k` exists and is written exactly `word` (case included), without slicing it out. */
  isWrittenAs(k: number, word: string): boolean {
    if (k < 0 || k >= this.length) return false;
    const start = this.start(k);
    return this.end(k) - start === word.length && this.source.startsWith(word, start);
  }

  /** Whether some lexicon knows word `k` (a trie's word, or a `lexiconWordSet`'s). */
  isLexiconWord(k: number): boolean {
    const id = this.id(k);
    return id >= 0 && LEXICON[id] === true;
  }

  /** Whether word `k` starts with a capital (ASCII or Latin-1). */
  isCapitalised(k: number): boolean {
    const c = this.source.charCodeAt(this.start(k));
    return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
  }
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
 * Open-addressing table (at most three quarters full), two integers a slot: the word's hash, and
 * its id with its length above (`id | length << 16`; -1: empty slot). A probe reads no string,
 * and the table is small enough to stay in cache.
 */
let slots = emptySlots(1024);
/** The slot count less one (a power of two less one): a hash's slot is `hash & slotMask`. */
let slotMask = 1023;
/** Bounds of what a slot can hold. */
const MAX_WORDS = 0x10000;
const MAX_WORD_LENGTH = 0x7fff;
/** Every word's code units, one after another. */
let vocabularyChars = new Uint16Array(8192);
let vocabularyLength = 0;
/** Where each word's code units start in `vocabularyChars`, by id. */
const wordAt: number[] = [];

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
  if (id >= MAX_WORDS || lower.length > MAX_WORD_LENGTH) throw new Error(`vocabulary cannot hold "${lower}"`);
  WORDS.push(lower);
  LEXICON.push(lexicon);
  if (id === wordHashes.length) {
    const grown = new Int32Array(wordHashes.length * 2);
    grown.set(wordHashes);
    wordHashes = grown;
  }
  wordHashes[id] = hashWord(lower);
  wordAt.push(storeChars(lower));
  if (WORDS.length * 4 > (slotMask + 1) * 3) {
    slots = emptySlots((slotMask + 1) * 2);
    slotMask = (slotMask + 1) * 2 - 1;
    for (let k = 0; k < WORDS.length; k++) placeSlot(k);
  } else placeSlot(id);
  return id;
}

function emptySlots(count: number): Int32Array {
  const table = new Int32Array(count * 2);
  for (let k = 0; k < count; k++) table[2 * k + 1] = -1;
  return table;
}

function placeSlot(id: number): void {
  const mask = slotMask;
  let k = (wordHashes[id] as number) & mask;
  while ((slots[2 * k + 1] as number) >= 0) k = (k + 1) & mask;
  slots[2 * k] = wordHashes[id] as number;
  slots[2 * k + 1] = id | ((WORDS[id] as string).length << 16);
}

/** Appends a word's code units to `vocabularyChars`; returns where they start. */
function storeChars(lower: string): number {
  if (vocabularyLength + lower.length > vocabularyChars.length) {
    const grown = new Uint16Array(vocabularyChars.length * 2);
    grown.set(vocabularyChars);
    vocabularyChars = grown;
  }
  const at = vocabularyLength;
  for (let k = 0; k < lower.length; k++) vocabularyChars[vocabularyLength++] = lower.charCodeAt(k);
  return at;
}

/** A set of vocabulary words, asked by a word's id (one typed-array read). */
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

  /** The ids of the set's words, in increasing order. */
  ids(): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.member.length; id++) if (this.member[id] === 1) out.push(id);
    return out;
  }
}

/**
 * Several word sets asked at once: `tags(id)` has bit `1 << k` set when the word is in the k-th
 * set (at most 8 sets). One read where a chain of `WordSet.has` would take one per set.
 */
export class WordTags {
  private readonly tagged: Uint8Array;

  constructor(sets: readonly WordSet[]) {
    if (sets.length > 8) throw new Error('WordTags holds at most 8 sets');
    const ids = sets.map((set) => set.ids());
    this.tagged = new Uint8Array(Math.max(0, ...ids.flat()) + 1);
    ids.forEach((members, k) => {
      for (const id of members) this.tagged[id] = (this.tagged[id] as number) | (1 << k);
    });
  }

  /** The tags of the word of vocabulary id `id` (0 for -1 and for words of no set). */
  tags(id: number): number {
    return id >= 0 && id < this.tagged.length ? (this.tagged[id] as number) : 0;
  }
}

/**
 * Registers lexicon words (any case) in the vocabulary and returns them as a set: a capitalised
 * word that is one of them is a lexicon word, never a person's name (`Words.isLexiconWord`).
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

/** The vocabulary id of one plain word (as `wordSet`): `words.id(k) === wordId('by')` reads "word k is 'by'". */
export function wordId(word: string): number {
  return internWord(word.toLowerCase(), false);
}

/**
 * The id of `text.slice(s, e)` lower-cased, given the hash of its lower-cased code units, without
 * making the string; -1 if no lexicon knows it.
 */
function findWordId(text: string, s: number, e: number, h: number): number {
  const table = slots;
  const mask = slotMask;
  const length = e - s;
  const chars = vocabularyChars;
  for (let k = h & mask; ; k = (k + 1) & mask) {
    const word = table[2 * k + 1] as number;
    if (word < 0) return -1;
    if (table[2 * k] !== h || word >>> 16 !== length) continue;
    const id = word & 0xffff;
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
 * digits joined by inner dots, hyphens, slashes or ampersands ("U.S", "EU-CELAC", "e-evidence"),
 * but for a slash between a letter and a capital ("DHS/ICE", "Europol/Eurojust" are two words).
 * A dotted acronym keeps its final dot ("U.S."); possessive "'s" becomes its own token ("EU", "s").
 * A hand-written scanner: this runs on every sentence, so it avoids a RegExp, hashes each word
 * while reading it to find its id, and makes no string and no object per word.
 */
export function tokenizeWords(text: string, start: number, end: number): Words {
  const out = SCRATCH;
  let n = 0;
  const classes = CHAR_CLASS;
  // some word holds a small letter and a digit: it may end with a footnote call
  let calls = false;
  let i = start;
  while (i < end) {
    let k = classes[text.charCodeAt(i)] as number;
    if ((k & WORD) === 0) {
      i++;
      continue;
    }
    const s = i;
    let dots = 0;
    let joiners = 0;
    // OR of the classes of the word's characters (WIDE)
    let seen = 0;
    let h = HASH_SEED;
    // `k` is the class of the word character at `i`; each character is read once
    for (;;) {
      seen |= k;
      h = mixHash(h, k >>> LOWER_SHIFT);
      i++;
      if (i >= end) break;
      const c = text.charCodeAt(i);
      k = classes[c] as number;
      if ((k & WORD) !== 0) continue;
      // a joiner between two word characters joins them ("EU-CELAC", "U.S")
      if ((k & JOINER) === 0 || i + 1 >= end) break;
      const after = classes[text.charCodeAt(i + 1)] as number;
      if ((after & WORD) === 0) break;
      // "DHS/ICE", "COM/DG HOME", "Europol/Eurojust": a slash between a letter and a capital
      // separates two names ("and/or", "7725/23" and "RS/mr" stay one word)
      if (c === 47 && isAsciiLetter(text.charCodeAt(i - 1)) && isCapital(text.charCodeAt(i + 1))) break;
      if (c === 46) dots++;
      joiners++;
      h = mixHash(h, c);
      i++;
      k = after;
    }
    if ((seen & SMALL_AND_DIGIT) === SMALL_AND_DIGIT) calls = true;
    const letters = i - s - joiners;
    // "U.S." keeps its final dot: single letters joined by dots.
    if (dots > 0 && letters === dots + 1 && i < end && text.charCodeAt(i) === 46) {
      h = mixHash(h, 46);
      i++;
    }
    // beyond Latin-1, lower-casing is left to String#toLowerCase
    const id = (seen & WIDE) !== 0 ? lookupWord(text.slice(s, i).toLowerCase()) : findWordId(text, s, i, h);
    out[n++] = id;
    out[n++] = s;
    out[n++] = i;
  }
  // "the Commission2 informed": a footnote call glued to a word is no part of it; words with a
  // digit are rare, and cut back after the scan (the loop above stays as lean as it was)
  if (calls) cutFootnoteCalls(text, out, n);
  const words = new Words(text, out.slice(0, n), n / 3);
  // a huge run of words (a binary blob) must not keep its scratch alive after the call
  if (n > MAX_KEPT_SCRATCH) out.length = 0;
  return words;
}

/**
 * Where a footnote call ending the word `text.slice(s, e)` starts, or -1 if it has none: one or
 * two digits right after a lower-case letter, after at least three characters ("Commission2",
 * "Europol12"; not "EC3", "G7", "Covid-19", "mid-2023", "e2e", "ab1" or "scheme123"). PDF
 * extraction glues the superscript to the word.
 */
function footnoteCallStart(text: string, s: number, e: number): number {
  let j = e;
  while (j > s && e - j < 3 && isDigit(text.charCodeAt(j - 1))) j--;
  const digits = e - j;
  if (digits === 0 || digits > 2 || j - s < 3) return -1;
  return isSmallLetter(text.charCodeAt(j - 1)) ? j : -1;
}

/**
 * Ends each word of the `n / 3` triples in `out` before the footnote call it ends with, if any,
 * and gives it the id of what is left (a rare case: looked up as a string).
 */
function cutFootnoteCalls(text: string, out: number[], n: number): void {
  for (let k = 0; k < n; k += 3) {
    const s = out[k + 1] as number;
    const e = out[k + 2] as number;
    if (!isDigit(text.charCodeAt(e - 1))) continue;
    const call = footnoteCallStart(text, s, e);
    if (call < 0) continue;
    out[k] = lookupWord(text.slice(s, call).toLowerCase());
    out[k + 2] = call;
  }
}

/**
 * Where `tokenizeWords` writes a sentence's triples before copying them out at their exact size
 * (growing an array word by word would copy it several times). Overwritten by every call and
 * never read outside one: it carries nothing from one sentence or document to another.
 */
const SCRATCH: number[] = [];
/** Scratch size kept between calls (a long sentence's worth of triples). */
const MAX_KEPT_SCRATCH = 3 * 4096;

/**
 * Character classes of UTF-16 code units, as bits, looked up by the tokenizer; above
 * `LOWER_SHIFT`, the code unit lower-cased (one table read per character gives both).
 */
const WORD = 1;
const WIDE = 2;
const JOINER = 4;
const DIGIT = 8;
/** A small letter (ASCII or Latin-1). */
const SMALL = 16;
const SMALL_AND_DIGIT = SMALL | DIGIT;
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
  if (isDigit(c)) k |= DIGIT;
  if (isSmallLetter(c)) k |= SMALL;
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
