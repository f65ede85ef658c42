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
 * Holds a character the replacements below touch: C0 and C1 controls but the newline, DEL, BOM,
 * no-break, thin and other spaces, zero-width characters, Unicode line separators, the soft
 * hyphen, the word joiner and the Latin ligatures; judged by char code.
 */
function needsCleaning(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 32) {
      if (c !== 10) return true;
    } else if (c >= 127 && touched(c)) return true;
  }
  return false;
}

function touched(c: number): boolean {
  if (c <= 0xa0) return c <= 0x9f || c === 0xa0;
  if (c < 0x1680) return c === 0xad;
  if (c < 0x2000) return c === 0x1680;
  if (c <= 0x2060) return c <= 0x200d || c === 0x2028 || c === 0x2029 || c === 0x202f || c >= 0x205f;
  return c === 0x3000 || c === 0xfeff || (c >= 0xfb00 && c <= 0xfb06);
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
