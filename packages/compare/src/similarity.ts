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
  // Latin (with accents), Greek and Cyrillic letters and digits; a plain class is several times faster than \p{L}.
  for (const raw of text.toLowerCase().match(/[a-z0-9\u00df-\u024f\u0370-\u03ff\u0400-\u04ff]+/g) ?? []) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    out.push(raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return out;
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

/**
 * Builds a TF-IDF model from `corpus` (each entry a token list). The idf is smoothed
 * (`ln((n + 1) / (df + 1)) + 1`), so terms unseen in the corpus still weigh, and depends only on the
 * multiset of entries: the same corpus in another order gives the same weights. Vectors of one model
 * compare with `cosine`; vectors of different models do not.
 */
export function buildTfIdf(corpus: readonly (readonly string[])[]): TfIdfModel {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
      df.push(0);
    }
    return id;
  };
  for (const tokens of corpus) {
    for (const t of new Set(tokens)) df[idOf(t)]!++;
  }
  const n = corpus.length;
  const idf = df.map((d) => Math.log((n + 1) / (d + 1)) + 1);
  const unseen = Math.log(n + 1) + 1;
  return {
    vector(tokens) {
      const sorted = Int32Array.from(tokens, idOf).sort();
      const terms: number[] = [];
      const weights: number[] = [];
      let sq = 0;
      for (let i = 0; i < sorted.length; ) {
        const t = sorted[i]!;
        let j = i + 1;
        while (j < sorted.length && sorted[j] === t) j++;
        const w = (1 + Math.log(j - i)) * (idf[t] ?? unseen);
        terms.push(t);
        weights.push(w);
        sq += w * w;
        i = j;
      }
      return { terms: Int32Array.from(terms), weights: Float64Array.from(weights), norm: Math.sqrt(sq) };
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
