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

const LETTER = /\p{L}/u;

function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER.test(String.fromCodePoint(c));
}

/**
 * Joins a line ending in a hyphen with the next one. Drops the hyphen of a word broken by the
 * wrap ("Presiden-" + "cy" -> "Presidency"), keeps a real one: compounds already hyphenated
 * ("end-to-" + "end"), capitals or digits on either side ("EU-" + "US"), common prefixes
 * ("cross-" + "border"), or when the document writes the hyphenated form and never the joined one.
 */
export function joinHyphenated(a: string, b: string, vocabulary: ReadonlySet<string>): string {
  const leftToken = a.slice(a.lastIndexOf(' ') + 1, -1);
  const left = leftToken.replace(/^[^\p{L}\d]+/u, '');
  const right = /^[\p{L}\d]+/u.exec(b)?.[0] ?? '';
  const keep =
    left.includes('-') ||
    /[\p{Lu}\d]/u.test(right.charAt(0)) ||
    /^[\p{Lu}\d]+$/u.test(left) ||
    /\d/.test(left) ||
    KEEP_PREFIXES.has(left.toLowerCase()) ||
    (vocabulary.has(`${left}-${right}`.toLowerCase()) && !vocabulary.has(`${left}${right}`.toLowerCase()));
  return keep ? a + b : a.slice(0, -1) + b;
}
