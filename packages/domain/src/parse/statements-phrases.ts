import { internWord, tokenizeWords, type Words, wordSet } from './statements-words.js';

/**
 * A phrase trie over word tokens: the one fast matcher behind the actor, verb and entity
 * lexicons. Every lexicon lookup walks a trie keyed by word ids, so matching costs O(words) and
 * never builds a RegExp per sentence.
 */

/** One word of a phrase pattern. `*` = any one word but a determiner; `^` = one capitalised word; `?` = any one word or none. */
interface PatternWord {
  key: string;
  /** When set, the token must be written exactly so (acronyms: "US" must not match "us"). */
  exact: string | null;
}

interface TrieEntry<T> {
  value: T;
  /** Token offsets (from the match start) that must be written exactly so; null if none. */
  exact: [offset: number, text: string][] | null;
}

/** A match of a phrase on a sentence's words: words [from, to), their offsets, and the value stored with the phrase. */
export interface PhraseMatch<T> {
  value: T;
  from: number;
  to: number;
  start: number;
  end: number;
}

const DETERMINERS = wordSet(
  'the a an this that these those its their his her our all any such each it them which what'.split(' '),
);

/** Splits a phrase the same way `tokenizeWords` splits text. */
export function phraseWords(phrase: string): string[] {
  const words = tokenizeWords(phrase, 0, phrase.length);
  return Array.from({ length: words.length }, (_, k) => words.text(k));
}

/** The result of `findAll` when nothing matches (read-only: shared by every such call). */
const NO_MATCHES: readonly PhraseMatch<never>[] = [];

/** No node: an absent child or wildcard step. */
const NONE = -1;

/**
 * A trie of phrases over word tokens; longest match wins. Build once, at module load.
 *
 * Nodes are integers (0 is the root): a word step is one probe of an open-addressing table
 * keyed by (node, word id), the root's a read of a plain array indexed by word id (it is taken at
 * every word of a sentence). Equivalent to nodes holding a `Map<wordId, node>` each, without a
 * Map lookup per step, and with each node's and each step's numbers side by side in memory.
 */
export class PhraseTrie<T> {
  /** The wildcard children of each node, `WILD` numbers a node: `*`, `^`, `?` (NONE: none). */
  private readonly wild: number[] = [NONE, NONE, NONE];
  /** The phrases ending at each node, in the order added. */
  private readonly values: (TrieEntry<T>[] | null)[] = [null];
  /** The root's children indexed by word id (NONE, or past the end: no phrase starts so). */
  private readonly firstSteps: number[] = [];
  /** Word steps below the root, `EDGE` numbers a slot: node (NONE: empty), word id, child. */
  private edgeTable = emptyEdges(64);
  /** The edge table's slot count less one (a power of two less one). */
  private edgeMask = 63;
  private edges = 0;

  /**
   * Adds `phrase` (words separated by spaces; `*`, `^` and `?` wildcards allowed). Acronym words
   * (two or more capitals, "US", "EEAS") only match as written; other words match any case.
   */
  add(phrase: string, value: T): void {
    let node = 0;
    const words: PatternWord[] = [];
    for (const raw of phrase.split(/\s+/)) {
      if (raw === '') continue;
      if (raw === '*' || raw === '?' || raw === '^') {
        const at = node * WILD + (raw === '*' ? ANY : raw === '^' ? CAP : OPTIONAL);
        if (this.wild[at] === NONE) this.wild[at] = this.newNode();
        node = this.wild[at] as number;
        words.push({ key: raw, exact: null });
        continue;
      }
      for (const w of phraseWords(raw)) {
        const key = w.toLowerCase();
        const exact = isAcronym(w) ? w : null;
        const id = internWord(key, true);
        let child = this.step(node, id);
        if (child === NONE) {
          child = this.newNode();
          this.addStep(node, id, child);
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
    const entries = this.values[node] ?? [];
    entries.push({ value, exact: exact.length > 0 ? exact : null });
    this.values[node] = entries;
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(words: Words, i: number): PhraseMatch<T> | null {
    const id = words.id(i);
    if (id < 0 || id >= this.firstSteps.length) return null;
    const child = this.firstSteps[id] as number;
    if (child === NONE) return null;
    const best = SCRATCH as Best<T>;
    best.entry = null;
    best.to = i;
    this.walk(child, words, i, i + 1, best);
    const entry = best.entry as TrieEntry<T> | null;
    if (entry === null) return null;
    best.entry = null;
    return {
      value: entry.value,
      from: i,
      to: best.to,
      start: words.start(i),
      end: words.end(best.to - 1),
    };
  }

  /** All non-overlapping longest matches, left to right (most sentences have none: one shared empty list). */
  findAll(words: Words): readonly PhraseMatch<T>[] {
    let out: PhraseMatch<T>[] | null = null;
    for (let i = 0; i < words.length; ) {
      const m = this.matchAt(words, i);
      if (m === null) {
        i++;
        continue;
      }
      if (out === null) out = [];
      out.push(m);
      i = m.to;
    }
    return out ?? NO_MATCHES;
  }

  /** Depth-first walk from `node` at token `j`, keeping the longest accepted entry in `best`. */
  private walk(node: number, words: Words, i: number, j: number, best: Best<T>): void {
    const values = this.values[node];
    if (values != null && (j > best.to || best.entry === null)) {
      for (let k = 0; k < values.length; k++) {
        const entry = values[k] as TrieEntry<T>;
        if (entry.exact === null || exactOk(entry.exact, words, i)) {
          best.entry = entry;
          best.to = j;
          break;
        }
      }
    }
    const wild = this.wild;
    const optional = wild[node * WILD + OPTIONAL] as number;
    if (optional !== NONE) this.walk(optional, words, i, j, best);
    if (j >= words.length) return;
    const id = words.id(j);
    const child = id < 0 ? NONE : this.step(node, id);
    if (child !== NONE) this.walk(child, words, i, j + 1, best);
    const any = wild[node * WILD + ANY] as number;
    if (any !== NONE && !DETERMINERS.has(id)) this.walk(any, words, i, j + 1, best);
    const cap = wild[node * WILD + CAP] as number;
    if (cap !== NONE && words.isCapitalised(j) && !DETERMINERS.has(id)) this.walk(cap, words, i, j + 1, best);
    if (optional !== NONE) this.walk(optional, words, i, j + 1, best);
  }

  private newNode(): number {
    this.wild.push(NONE, NONE, NONE);
    this.values.push(null);
    return this.values.length - 1;
  }

  /** The child of `node` by word `word`, or NONE. */
  private step(node: number, word: number): number {
    if (node === 0) return word < this.firstSteps.length ? (this.firstSteps[word] as number) : NONE;
    const table = this.edgeTable;
    const mask = this.edgeMask;
    for (let k = edgeSlot(node, word) & mask; ; k = (k + 1) & mask) {
      const n = table[k * EDGE] as number;
      if (n === NONE) return NONE;
      if (n === node && table[k * EDGE + 1] === word) return table[k * EDGE + 2] as number;
    }
  }

  private addStep(node: number, word: number, child: number): void {
    if (node === 0) {
      while (this.firstSteps.length <= word) this.firstSteps.push(NONE);
      this.firstSteps[word] = child;
      return;
    }
    if ((this.edges + 1) * 2 > this.edgeMask + 1) this.growEdges();
    this.placeEdge(node, word, child);
    this.edges++;
  }

  private placeEdge(node: number, word: number, child: number): void {
    const table = this.edgeTable;
    const mask = this.edgeMask;
    let k = edgeSlot(node, word) & mask;
    while (table[k * EDGE] !== NONE) k = (k + 1) & mask;
    table[k * EDGE] = node;
    table[k * EDGE + 1] = word;
    table[k * EDGE + 2] = child;
  }

  private growEdges(): void {
    const old = this.edgeTable;
    this.edgeMask = (this.edgeMask + 1) * 2 - 1;
    this.edgeTable = emptyEdges(this.edgeMask + 1);
    for (let k = 0; k < old.length; k += EDGE)
      if (old[k] !== NONE) this.placeEdge(old[k] as number, old[k + 1] as number, old[k + 2] as number);
  }
}

/** Numbers a node in `PhraseTrie.wild`, and where each wildcard's child is among them. */
const WILD = 3;
const ANY = 0;
const CAP = 1;
const OPTIONAL = 2;
/** Numbers a slot of `PhraseTrie.edgeTable`. */
const EDGE = 3;

function emptyEdges(slots: number): Int32Array {
  const table = new Int32Array(slots * EDGE);
  for (let k = 0; k < slots; k++) table[k * EDGE] = NONE;
  return table;
}

/** Hash of a (node, word id) step. */
function edgeSlot(node: number, word: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
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

function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}.\d-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** Checks the acronym words of a matched phrase against the words as written. */
function exactOk(exact: [number, string][], words: Words, from: number): boolean {
  for (let q = 0; q < exact.length; q++) {
    const [k, w] = exact[q] as [number, string];
    if (!words.isWrittenAs(from + k, w)) return false;
  }
  return true;
}
