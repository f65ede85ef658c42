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

// any character one of the replacements below touches
// (sticky: tested at one position, the scan itself is done by char code)
const NEEDS_CLEANING_AT =
  /[^\P{Cc}\n]|[\uFEFF\u2028\u2029\u00A0\u1680\u2000-\u200D\u202F\u205F\u3000\u00AD\u2060\uFB00-\uFB06]/uy;

/** Holds a character the replacements touch: ASCII judged by char code, any other by `NEEDS_CLEANING_AT`. */
function needsCleaning(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 32) {
      if (c !== 10) return true;
    } else if (c >= 127) {
      NEEDS_CLEANING_AT.lastIndex = i;
      if (NEEDS_CLEANING_AT.test(raw)) return true;
    }
  }
  return false;
}

/**
 * Cleans characters before any line work: BOM, CRLF/CR, form feeds (page breaks) and
 * Unicode line separators become `\n`; tabs and non-breaking or thin spaces become spaces;
 * ligatures (ﬁ ﬂ) are expanded; soft hyphens and zero-width characters are dropped;
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
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    .replace(/[\uFB00-\uFB06]/g, (c) => LIGATURES[c] ?? c);
  return { text, controlCount };
}
