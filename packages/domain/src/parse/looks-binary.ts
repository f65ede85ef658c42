/** A control character (tab, line and form feeds and carriage return aside), C1 control or U+FFFD. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this class finds
const BAD_CHARACTER = /[\0-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this class finds
const BAD_CHARACTERS = /[\0-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]/g;

/**
 * More than 10 % control or replacement characters in the first 4,000 (code units). The RegExp
 * engine scans for them in native code; a text without any, nearly every record, is done then.
 */
export function looksBinary(raw: string): boolean {
  const sample = raw.length > 4000 ? raw.slice(0, 4000) : raw;
  if (sample.length === 0 || !BAD_CHARACTER.test(sample)) return false;
  return (sample.match(BAD_CHARACTERS)?.length ?? 0) / sample.length > 0.1;
}
