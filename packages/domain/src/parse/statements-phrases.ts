/**
 * Word tokens and a phrase trie: the one fast matcher behind the actor, verb and entity lexicons.
 * A sentence is tokenised once; every lexicon lookup walks a trie keyed by lower-cased words,
 * so matching costs O(words) and never builds a RegExp per sentence.
 */

/** A word of the text with its absolute offsets. `lower` is the lower-cased form used as key. */
export interface Token {
  text: string;
  lower: string;
  /** Id of the word in the lexicon vocabulary, or -1 when no lexicon knows it. */
  id: number;
  start: number;
  end: number;
}

/**
 * Every lower-cased word any lexicon uses, with a small integer id. Filled at module load by
 * `PhraseTrie.add` and `vocabularyIds`, never by text: the table stays bounded. A token finds its
 * id through an open-addressing table keyed by a hash computed while the word is scanned, so no
 * lower-cased copy is made and no string is hashed twice; trie steps then compare integers.
 */
const WORDS: string[] = [];
/** Each word's hash, by id (an Int32Array: hashes are 32-bit, and a plain array would box them). */
let wordHashes = new Int32Array(1024);
let slots = new Int32Array(1024).fill(-1);

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

function internWord(lower: string): number {
  const known = lookupWord(lower);
  if (known >= 0) return known;
  const id = WORDS.length;
  WORDS.push(lower);
  if (id === wordHashes.length) {
    const grown = new Int32Array(wordHashes.length * 2);
    grown.set(wordHashes);
    wordHashes = grown;
  }
  wordHashes[id] = hashWord(lower);
  if (WORDS.length * 2 > slots.length) {
    slots = new Int32Array(slots.length * 2).fill(-1);
    for (let k = 0; k < WORDS.length; k++) placeSlot(k);
  } else placeSlot(id);
  return id;
}

function placeSlot(id: number): void {
  const mask = slots.length - 1;
  let k = (wordHashes[id] as number) & mask;
  while ((slots[k] as number) >= 0) k = (k + 1) & mask;
  slots[k] = id;
}

/** A set of vocabulary words, asked by `Token.id`: `set[token.id] === true` (false or undefined otherwise). */
export type WordIdSet = readonly (boolean | undefined)[];

/** Registers words (any case) in the vocabulary and returns them as a `WordIdSet` (an array lookup per token). */
export function vocabularyIds(words: readonly string[]): WordIdSet {
  const set: boolean[] = [];
  for (const w of words) set[internWord(w.toLowerCase())] = true;
  return set;
}

/**
 * The id of `text.slice(s, e)` lower-cased, given the hash of its lower-cased code units, without
 * making the string; -1 if no lexicon knows it.
 */
function findWordId(text: string, s: number, e: number, h: number): number {
  const mask = slots.length - 1;
  const length = e - s;
  for (let k = h & mask; ; k = (k + 1) & mask) {
    const id = slots[k] as number;
    if (id < 0) return -1;
    if (wordHashes[id] !== h) continue;
    const word = WORDS[id] as string;
    if (word.length !== length) continue;
    let j = 0;
    while (j < length && word.charCodeAt(j) === LOWER_CODE[text.charCodeAt(s + j)]) j++;
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
 * while reading it, and lower-cases only words no lexicon knows.
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
    // OR of the classes of the word's characters: UPPER, WIDE
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
    const upper = (seen & UPPER) !== 0;
    let word: string;
    let lower: string;
    let id: number;
    if ((seen & WIDE) !== 0) {
      // beyond Latin-1, lower-casing is left to String#toLowerCase
      word = text.slice(s, i);
      lower = word.toLowerCase();
      id = lookupWord(lower);
    } else {
      id = findWordId(text, s, i, h);
      if (id >= 0) {
        lower = WORDS[id] as string;
        // a known word written in lower case is its own vocabulary entry: no copy
        word = upper ? text.slice(s, i) : lower;
      } else {
        word = text.slice(s, i);
        lower = upper ? word.toLowerCase() : word;
      }
    }
    out.push({ text: word, lower, id, start: s, end: i });
  }
  return out;
}

/**
 * Character classes of UTF-16 code units, as bits, looked up by the tokenizer; above
 * `LOWER_SHIFT`, the code unit lower-cased (one table read per character gives both).
 */
const WORD = 1;
const UPPER = 2;
const WIDE = 4;
const JOINER = 8;
const LOWER_SHIFT = 8;
const CHAR_CLASS = new Int32Array(0x10000);
/** Each code unit lower-cased (ASCII and Latin-1 capitals; others as they are). */
const LOWER_CODE = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  LOWER_CODE[c] = lowerCode(c);
  let k = 0;
  if (isWordChar(c)) {
    k |= WORD;
    if (c <= 90 ? c >= 65 : (c >= 0xc0 && c <= 0xde) || c >= 0x100) k |= UPPER;
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

/** One word of a phrase pattern. `*` = any one word but a determiner; `^` = one capitalised word; `?` = any one word or none. */
interface PatternWord {
  key: string;
  /** When set, the token must be written exactly so (acronyms: "US" must not match "us"). */
  exact: string | null;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  any: TrieNode<T> | null;
  /** `^`: one capitalised word ("Commissioner ^" → "Commissioner Johansson"). */
  cap: TrieNode<T> | null;
  optional: TrieNode<T> | null;
  values: TrieEntry<T>[];
}

interface TrieEntry<T> {
  value: T;
  /** Token offsets (from the match start) that must be written exactly so; null if none. */
  exact: [offset: number, text: string][] | null;
}

/** A match of a phrase on a token array: tokens [from, to) and the value stored with the phrase. */
export interface PhraseMatch<T> {
  value: T;
  from: number;
  to: number;
  start: number;
  end: number;
}

const DETERMINERS = new Set(
  'the a an this that these those its their his her our all any such each it them which what'.split(' '),
);

/** Splits a phrase the same way `tokenizeWords` splits text. */
export function phraseWords(phrase: string): string[] {
  return tokenizeWords(phrase, 0, phrase.length).map((t) => t.text);
}

/** The longest accepted entry so far of one `matchAt` walk, and where it ends. */
interface Best<T> {
  entry: TrieEntry<T> | null;
  to: number;
}

/**
 * The one `Best` every walk fills: `matchAt` never runs inside another walk, so a single
 * scratch object serves all tries without an allocation per matched first word.
 */
const SCRATCH: Best<unknown> = { entry: null, to: 0 };

/** A trie of phrases over word tokens; longest match wins. Build once, at module load. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  /** The root's children indexed by word id (a trie's first step, taken at every token of a sentence). */
  private firstSteps: (TrieNode<T> | undefined)[] = [];

  /**
   * Adds `phrase` (words separated by spaces; `*`, `^` and `?` wildcards allowed). Acronym words
   * (two or more capitals, "US", "EEAS") only match as written; other words match any case.
   */
  add(phrase: string, value: T): void {
    let node = this.root;
    const words: PatternWord[] = [];
    for (const raw of phrase.split(/\s+/)) {
      if (raw === '') continue;
      if (raw === '*' || raw === '?' || raw === '^') {
        const slot = raw === '*' ? 'any' : raw === '^' ? 'cap' : 'optional';
        node[slot] ??= newNode();
        node = node[slot] as TrieNode<T>;
        words.push({ key: raw, exact: null });
        continue;
      }
      for (const w of phraseWords(raw)) {
        const key = w.toLowerCase();
        const exact = isAcronym(w) ? w : null;
        const id = internWord(key);
        let child = node.next.get(id);
        if (child === undefined) {
          child = newNode();
          node.next.set(id, child);
          if (node === this.root) this.firstSteps[id] = child;
        }
        node = child;
        words.push({ key, exact });
      }
    }
    const wild = words.some((w) => w.key === '*' || w.key === '?' || w.key === '^');
    const exact: [number, string][] = [];
    words.forEach((w, k) => {
      if (w.exact !== null && !wild) exact.push([k, w.exact]);
    });
    node.values.push({ value, exact: exact.length > 0 ? exact : null });
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (first === undefined) return null;
    if (first.id < 0) return null;
    const child = this.firstSteps[first.id];
    if (child === undefined) return null;
    const best = SCRATCH as Best<T>;
    best.entry = null;
    best.to = i;
    walkTrie(child, tokens, i, i + 1, best);
    const entry = best.entry as TrieEntry<T> | null;
    if (entry === null) return null;
    best.entry = null;
    return {
      value: entry.value,
      from: i,
      to: best.to,
      start: first.start,
      end: tokens[best.to - 1]!.end,
    };
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i);
      if (m === null) {
        i++;
        continue;
      }
      out.push(m);
      i = m.to;
    }
    return out;
  }
}

/** Depth-first walk from `node` at token `j`, keeping the longest accepted entry in `best`. */
function walkTrie<T>(node: TrieNode<T>, tokens: readonly Token[], i: number, j: number, best: Best<T>): void {
  const values = node.values;
  if (values.length > 0 && (j > best.to || best.entry === null)) {
    for (let k = 0; k < values.length; k++) {
      const entry = values[k] as TrieEntry<T>;
      if (entry.exact === null || exactOk(entry.exact, tokens, i)) {
        best.entry = entry;
        best.to = j;
        break;
      }
    }
  }
  if (node.optional !== null) walkTrie(node.optional, tokens, i, j, best);
  const tok = tokens[j];
  if (tok === undefined) return;
  const child = tok.id < 0 ? undefined : node.next.get(tok.id);
  if (child !== undefined) walkTrie(child, tokens, i, j + 1, best);
  if (node.any !== null && !DETERMINERS.has(tok.lower)) walkTrie(node.any, tokens, i, j + 1, best);
  if (node.cap !== null && isCapitalised(tok.text) && !DETERMINERS.has(tok.lower))
    walkTrie(node.cap, tokens, i, j + 1, best);
  if (node.optional !== null) walkTrie(node.optional, tokens, i, j + 1, best);
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), any: null, cap: null, optional: null, values: [] };
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}.\d-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** Checks the acronym words of a matched phrase against the tokens as written. */
function exactOk(exact: [number, string][], tokens: readonly Token[], from: number): boolean {
  for (const [k, w] of exact) if (tokens[from + k]?.text !== w) return false;
  return true;
}
