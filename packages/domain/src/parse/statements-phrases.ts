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

/** No node: an absent child or wildcard step. */
const NONE = -1;

/**
 * A trie of phrases over word tokens; longest match wins. Build once, at module load.
 *
 * Nodes are integers (0 is the root) and their parts parallel arrays: a word step is one probe
 * of an open-addressing table keyed by (node, word id), the root's by a plain array indexed by
 * word id (it is taken at every token of a sentence). Equivalent to nodes holding a
 * `Map<wordId, node>` each, without a Map lookup per step.
 */
export class PhraseTrie<T> {
  /** The wildcard children of each node (`*`, `^`, `?`), or NONE. */
  private readonly anyStep: number[] = [NONE];
  private readonly capStep: number[] = [NONE];
  private readonly optionalStep: number[] = [NONE];
  /** The phrases ending at each node, in the order added. */
  private readonly values: (TrieEntry<T>[] | null)[] = [null];
  /** The root's children indexed by word id (NONE, or past the end: no phrase starts so). */
  private readonly firstSteps: number[] = [];
  /** Word steps below the root: node, word id and child per slot (node NONE: empty). */
  private edgeNode = new Int32Array(64).fill(NONE);
  private edgeWord = new Int32Array(64);
  private edgeChild = new Int32Array(64);
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
        const steps = raw === '*' ? this.anyStep : raw === '^' ? this.capStep : this.optionalStep;
        if (steps[node] === NONE) steps[node] = this.newNode();
        node = steps[node] as number;
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

  /** All non-overlapping longest matches, left to right. */
  findAll(words: Words): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; ) {
      const m = this.matchAt(words, i);
      if (m === null) {
        i++;
        continue;
      }
      out.push(m);
      i = m.to;
    }
    return out;
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
    const optional = this.optionalStep[node] as number;
    if (optional !== NONE) this.walk(optional, words, i, j, best);
    if (j >= words.length) return;
    const id = words.id(j);
    const child = id < 0 ? NONE : this.step(node, id);
    if (child !== NONE) this.walk(child, words, i, j + 1, best);
    const any = this.anyStep[node] as number;
    if (any !== NONE && !DETERMINERS.has(id)) this.walk(any, words, i, j + 1, best);
    const cap = this.capStep[node] as number;
    if (cap !== NONE && words.isCapitalised(j) && !DETERMINERS.has(id)) this.walk(cap, words, i, j + 1, best);
    if (optional !== NONE) this.walk(optional, words, i, j + 1, best);
  }

  private newNode(): number {
    this.anyStep.push(NONE);
    this.capStep.push(NONE);
    this.optionalStep.push(NONE);
    this.values.push(null);
    return this.values.length - 1;
  }

  /** The child of `node` by word `word`, or NONE. */
  private step(node: number, word: number): number {
    if (node === 0) return word < this.firstSteps.length ? (this.firstSteps[word] as number) : NONE;
    const mask = this.edgeNode.length - 1;
    for (let k = edgeSlot(node, word) & mask; ; k = (k + 1) & mask) {
      const n = this.edgeNode[k] as number;
      if (n === NONE) return NONE;
      if (n === node && this.edgeWord[k] === word) return this.edgeChild[k] as number;
    }
  }

  private addStep(node: number, word: number, child: number): void {
    if (node === 0) {
      while (this.firstSteps.length <= word) this.firstSteps.push(NONE);
      this.firstSteps[word] = child;
      return;
    }
    if ((this.edges + 1) * 2 > this.edgeNode.length) this.growEdges();
    this.placeEdge(node, word, child);
    this.edges++;
  }

  private placeEdge(node: number, word: number, child: number): void {
    const mask = this.edgeNode.length - 1;
    let k = edgeSlot(node, word) & mask;
    while (this.edgeNode[k] !== NONE) k = (k + 1) & mask;
    this.edgeNode[k] = node;
    this.edgeWord[k] = word;
    this.edgeChild[k] = child;
  }

  private growEdges(): void {
    const [nodes, words, children] = [this.edgeNode, this.edgeWord, this.edgeChild];
    this.edgeNode = new Int32Array(nodes.length * 2).fill(NONE);
    this.edgeWord = new Int32Array(nodes.length * 2);
    this.edgeChild = new Int32Array(nodes.length * 2);
    for (let k = 0; k < nodes.length; k++)
      if (nodes[k] !== NONE) this.placeEdge(nodes[k] as number, words[k] as number, children[k] as number);
  }
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
  for (const [k, w] of exact) if (!words.isWrittenAs(from + k, w)) return false;
  return true;
}
