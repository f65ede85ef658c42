const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

// C0 controls except \t \n \r \f \v, DEL and C1 controls (category Cc): never meaningful in a record.
const CONTROL = /[^\P{Cc}\t\n\r\f\v]/gu;

/**
 * A character the replacements below touch: C0 and C1 controls but the newline, DEL, BOM,
 * no-break, thin and other spaces, zero-width characters, Unicode line separators, the soft
 * hyphen, the word joiner, the Unicode hyphens (U+2010 hyphen, U+2011 non-breaking hyphen, U+2012
 * figure dash, U+2212 minus sign), the Latin ligatures and the private-use block of Symbol-font glyphs. One character class, so the regular
 * expression engine scans for it (much faster than a loop over char codes).
 */
const NEEDS_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this class finds
  /[\x00-\x09\x0b-\x1f\x7f-\xa0\xad\u1680\u2000-\u200d\u2010-\u2012\u2028\u2029\u202f\u205f\u2060\u2212\u3000\ufeff\ufb00-\ufb06\uf000-\uf0ff]/;

/** Private-use code points of Symbol and Wingdings bullets: • ▪ □ ➢ ❖ ✓ ■ ❑ ➔ ◆ and similar. */
const SYMBOL_FONT_BULLETS = /[\uF0A7\uF0A8\uF0B7\uF0D8\uF076\uF0FC\uF06E\uF071\uF0E0\uF0A1\uF0D7\uF075]/g;

/**
 * Any character but the newline and printable ASCII: a superset of `NEEDS_CLEANING` with three
 * ranges, which the RegExp engine scans for faster than for the many ranges of the exact class.
 */
const NOT_PLAIN = /[^\n -~]/g;

/**
 * `NEEDS_CLEANING.test(raw)`: finds each character outside printable ASCII (few in an English
 * record: quotes, dashes) and tests only those against the exact class.
 */
export function needsCleaning(raw: string): boolean {
  NOT_PLAIN.lastIndex = 0;
  while (NOT_PLAIN.test(raw)) {
    if (NEEDS_CLEANING.test(raw.charAt(NOT_PLAIN.lastIndex - 1))) return true;
  }
  return false;
}

/**
 * Cleans characters before any line work: BOM, CRLF/CR, form feeds (page breaks) and
 * Unicode line separators become `\n`; tabs and non-breaking or thin spaces become spaces;
 * ligatures (ﬁ ﬂ) are expanded; the Unicode hyphens and the minus sign (U+2010–U+2012, U+2212)
 * become "-" ("14‑15 April", "EU‑US"), one character for one, so offsets do not move; a soft hyphen
 * ending a line becomes "-" (the word wrapped there), other soft hyphens and zero-width characters
 * are dropped; Symbol-font bullets (private-use U+F0B7 and the like) become "•";
 * control characters are dropped and counted so the caller can warn.
 */
export function cleanCharacters(raw: string): { text: string; controlCount: number } {
  if (!needsCleaning(raw)) return { text: raw, controlCount: 0 };
  let controlCount = 0;
  const text = raw
    .replace(/\uFEFF/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\f\v\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL, () => {
      controlCount++;
      return '';
    })
    .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u2010-\u2012\u2212]/g, '-')
    // a soft hyphen where the line breaks is the wrap's hyphen (the line work joins the word);
    // anywhere else it is invisible
    .replace(/\u00AD(?=[ \t]*\n)/g, '-')
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    // bullets of the Symbol and Wingdings fonts, which PDF text extraction gives as private-use
    // characters ("\uF0B7 The US ..."), as the bullet they print
    .replace(SYMBOL_FONT_BULLETS, '•')
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c);
  return { text, controlCount };
}
