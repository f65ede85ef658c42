const QUOTES_RE = /[‘’‛′]/g;
const DOUBLE_QUOTES_RE = /[“”„″]/g;
const DASHES_RE = /[‐‑‒–—]/g;
const SOFT_HYPHEN_RE = /\u00AD/g;
const SPACE_RE = /\s+/g;

/**
 * The form in which quotes and parsed texts are compared: straight quotes and hyphens, no soft
 * hyphens, one space for any run of white space, lower case, trimmed.
 * @example normaliseQuote('The  US “side”\nnoted') // 'the us "side" noted'
 */
export function normaliseQuote(text: string): string {
  return text
    .replace(QUOTES_RE, "'")
    .replace(DOUBLE_QUOTES_RE, '"')
    .replace(DASHES_RE, '-')
    .replace(SOFT_HYPHEN_RE, '')
    .replace(SPACE_RE, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether a parsed text holds a gold quote. `loose` also accepts a parsed text of at least 15
 * characters that lies inside the quote (commitments whose `text` is only the promised step).
 */
export function containsQuote(parsed: string, quote: string, loose = false): boolean {
  const p = normaliseQuote(parsed);
  const q = normaliseQuote(quote);
  if (q.length === 0) return false;
  if (p.includes(q)) return true;
  return loose && p.length >= 15 && q.includes(p);
}
