// TF-IDF cosine over content words: how topics are matched when the taxonomy did not place them,
// and how statements are paired inside an aligned topic.

const STOP_WORDS = new Set(
  (
    'a an and are as at be been being both but by can could did do does for from had has have he her his how ' +
    'i if in into is it its itself may might more most no not of on once or other our out over own per same ' +
    'she should so some such than that the their them then there these they this those through to too under ' +
    'up very was we were what when where which while who whom why will with would you also further well ' +
    'side sides delegation delegations eu us united states european union'
  ).split(' '),
);

/**
 * Splits `text` into lower-case content tokens (stop words and one-letter words dropped, a plural -s folded),
 * so "Visa Waiver Program" and "visa waiver programs" share their tokens.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const length = lower.length;
  // Words are runs of Latin (with accents), Greek and Cyrillic letters and digits, read by char code:
  // the same runs as /[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]+/g, without building a match array.
  for (let i = 0; i < length; ) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < length && isWordCode(lower.charCodeAt(j))) j++;
    if (j - i >= 2) {
      const raw = lower.slice(i, j);
      if (!STOP_WORDS.has(raw))
        out.push(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
    }
    i = j;
  }
  return out;
}

function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xdf && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff)
  );
}

/** Tokenizes a text, remembering the answer: one per comparison, so each sentence is read once. */
export type Tokenizer = (text: string) => string[];

/** A `tokenize` that caches by text for the lifetime of the returned function. */
export function createTokenizer(): Tokenizer {
  const cache = new Map<string, string[]>();
  return (text) => {
    let tokens = cache.get(text);
    if (!tokens) {
      tokens = tokenize(text);
      cache.set(text, tokens);
    }
    return tokens;
  };
}

/** A sparse TF-IDF vector: term numbers (of its model) in ascending order, their weights, and the norm. */
export interface TermVector {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Inverse document frequencies learnt from a corpus of token lists; `vector` weighs new token lists with them. */
export interface TfIdfModel {
  vector(tokens: readonly string[]): TermVector;
}

/** Work space of `vector` (sorting and collecting terms), reused between calls and grown as needed. */
let scratch = { ids: new Int32Array(256), terms: new Int32Array(256), weights: new Float64Array(256) };

function scratchFor(count: number): typeof scratch {
  if (scratch.ids.length < count) {
    const size = Math.max(count, scratch.ids.length * 2);
    scratch = { ids: new Int32Array(size), terms: new Int32Array(size), weights: new Float64Array(size) };
  }
  return scratch;
}

/**
 * Term numbers shared by the TF-IDF models of one comparison: each token list is turned into numbers
 * once (remembered by list identity, so pass the same arrays again rather than copies), and the models
 * then count and weigh numbers instead of looking up strings.
 */
export interface TermIndex {
  /** The term numbers of a token list, numbered in order of first appearance. Do not mutate the list afterwards. */
  idsOf(tokens: readonly string[]): Int32Array;
  /** How many terms have a number so far. */
  readonly size: number;
}

/** A fresh, empty TermIndex. */
export function createTermIndex(): TermIndex {
  const ids = new Map<string, number>();
  const lists = new WeakMap<readonly string[], Int32Array>();
  return {
    idsOf(tokens) {
      let out = lists.get(tokens);
      if (!out) {
        out = new Int32Array(tokens.length);
        for (let k = 0; k < tokens.length; k++) {
          const t = tokens[k]!;
          let id = ids.get(t);
          if (id === undefined) {
            id = ids.size;
            ids.set(t, id);
          }
          out[k] = id;
        }
        lists.set(tokens, out);
      }
      return out;
    },
    get size() {
      return ids.size;
    },
  };
}

/**
 * Builds a TF-IDF model from `corpus` (each entry a token list). The idf is smoothed
 * (`ln((n + 1) / (df + 1)) + 1`), so terms unseen in the corpus still weigh, and depends only on the
 * multiset of entries: the same corpus in another order gives the same weights. Vectors of one model
 * compare with `cosine`; vectors of different models do not. `terms` may be shared by several models
 * over the same texts (see TermIndex); weights and cosines do not depend on it.
 */
export function buildTfIdf(
  corpus: readonly (readonly string[])[],
  terms: TermIndex = createTermIndex(),
): TfIdfModel {
  const lists = corpus.map((tokens) => terms.idsOf(tokens));
  const size = terms.size;
  // Document frequencies; `lastDoc` counts each term once per entry without building a Set.
  const df = new Int32Array(size);
  const lastDoc = new Int32Array(size).fill(-1);
  for (let d = 0; d < lists.length; d++) {
    const ids = lists[d]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (lastDoc[id] !== d) {
        lastDoc[id] = d;
        df[id]!++;
      }
    }
  }
  const n = corpus.length;
  // A term the corpus lacks (df 0, or numbered after the model was built) gets the unseen weight ln(n + 1) + 1.
  const unseen = Math.log(n + 1) + 1;
  const idf = new Float64Array(size);
  for (let id = 0; id < size; id++) idf[id] = Math.log((n + 1) / (df[id]! + 1)) + 1;
  return {
    vector(tokens) {
      const ids = terms.idsOf(tokens);
      const count = ids.length;
      const scratch = scratchFor(count);
      scratch.ids.set(ids);
      const sorted = scratch.ids.subarray(0, count).sort();
      let m = 0;
      let sq = 0;
      for (let i = 0; i < count; ) {
        const t = sorted[i]!;
        let j = i + 1;
        while (j < count && sorted[j] === t) j++;
        const w = (1 + Math.log(j - i)) * (t < size ? idf[t]! : unseen);
        scratch.terms[m] = t;
        scratch.weights[m] = w;
        m++;
        sq += w * w;
        i = j;
      }
      return { terms: scratch.terms.slice(0, m), weights: scratch.weights.slice(0, m), norm: Math.sqrt(sq) };
    },
  };
}

/**
 * Cosine of two vectors in [0, 1], 0 when either is empty: a merge over the sorted term numbers,
 * summed in the same order either way, so `cosine(a, b) === cosine(b, a)` exactly. Rounded to 1e-9 so
 * that scores do not depend on the order the model met its terms in.
 */
export function cosine(a: TermVector, b: TermVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  const ta = a.terms;
  const tb = b.terms;
  while (i < ta.length && j < tb.length) {
    const x = ta[i]!;
    const y = tb[j]!;
    if (x === y) {
      dot += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Math.min(1, Math.round((dot / (a.norm * b.norm)) * 1e9) / 1e9);
}

/** Rounds a score to three decimals so JSON output is stable across platforms. */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Collapses whitespace and case: two statements with the same normalised text are `unchanged`. */
export function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  return /\s\s|[\t\n\r\f\v\u00a0]|^\s|\s$/.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower;
}
