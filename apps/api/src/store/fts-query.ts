/** At most this many words of a search string are used. */
const MAX_TERMS = 32;

/**
 * Turns what a user typed into a safe FTS5 MATCH expression: every word (letters and digits) becomes
 * a quoted phrase, so FTS5 operators and punctuation (`"`, `*`, `NEAR(`, `OR`, `-`, `:`) are only text.
 * Returns null when nothing searchable is left.
 *
 * @example buildFtsQuery('visa OR "drop table"') // '"visa" "or" "drop" "table"'
 */
export function buildFtsQuery(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, MAX_TERMS)
    .map((word) => `"${word}"`)
    .join(' ');
}
