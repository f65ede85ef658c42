/** Tests of one UTF-16 code unit, shared by the passes (NaN, read past a string's end, is none of them). */

/**
 * Whether UTF-16 code unit `c` is one RegExp `\s` matches (the characters `trim` removes: space,
 * tab, line breaks, no-break and other Unicode spaces, BOM), without a RegExp. NaN (`charCodeAt`
 * past the end) is not white space.
 */
export function isWhiteSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** An ASCII digit 0-9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII capital letter A-Z. */
export function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A small letter, ASCII or Latin-1 (a-z, ß-ÿ but ÷). */
export function isSmallLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** An ASCII letter A-Z or a-z. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
