import {
  internWord,
  isWrittenAs,
  type Token,
  tokenizeWords,
  tokenText,
  wordSet,
} from './statements-words.js';

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

const DETERMINERS = wordSet(
  'the a an this that these those its their his her our all any such each it them which what'.split(' '),
);

/** Splits a phrase the same way `tokenizeWords` splits text. */
export function phraseWords(phrase: string): string[] {
  return tokenizeWords(phrase, 0, phrase.length).map(tokenText);
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
        const id = internWord(key, true);
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
  if (node.any !== null && !DETERMINERS.has(tok.id)) walkTrie(node.any, tokens, i, j + 1, best);
  if (node.cap !== null && isCapitalised(tok.source.charCodeAt(tok.start)) && !DETERMINERS.has(tok.id))
    walkTrie(node.cap, tokens, i, j + 1, best);
  if (node.optional !== null) walkTrie(node.optional, tokens, i, j + 1, best);
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), any: null, cap: null, optional: null, values: [] };
}

/** Whether a word starting with code unit `c` is capitalised (ASCII and Latin-1 capitals). */
function isCapitalised(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && /^[\p{Lu}.\d-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** Checks the acronym words of a matched phrase against the tokens as written. */
function exactOk(exact: [number, string][], tokens: readonly Token[], from: number): boolean {
  for (const [k, w] of exact) if (!isWrittenAs(tokens[from + k], w)) return false;
  return true;
}
