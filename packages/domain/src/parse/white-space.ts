const WHITE_SPACE = /\s/;

/**
 * `/\s/` for one UTF-16 code unit (the characters `trim` removes), without a RegExp for ASCII.
 * NaN (`charCodeAt` past the end) is not white space.
 */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(String.fromCharCode(c));
}
