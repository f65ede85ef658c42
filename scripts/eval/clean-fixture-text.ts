/** A footer line or fragment of one: "14523/23 JAI.1 AB/cd 2", "JAI.1", "AB/cd", "2", "LIMITE EN", "LIMITEEN", a rule. */
const FOOTER_LINE_RE =
  /^(?:\d{3,5}\/\d{2}(?: JAI\.\d)?(?: [A-Za-z]{1,4}\/[a-z]{1,4})?(?: \d{1,3})?|JAI\.\d|[A-Za-z]{1,4}\/[a-z]{1,4}|\d{1,3}|LIMITE ?(?:EN)?|EN|ANNEX JAI\.\d LIMITEEN|_{5,})$/;

/**
 * Footnotes (a rule line and the notes after it, up to the page footer) are dropped as well.
 * Two readings of a fixture's text for checking gold quotes: footer lines dropped, white space
 * collapsed, and a line-final hyphen either removed (a word split across lines) or kept (a real
 * hyphen). A quote is valid when it lies in one of them. Not the parser: a checking aid only.
 */
export function cleanFixtureText(raw: string): { joined: string; hyphenKept: string } {
  const lines: string[] = [];
  let inFootnote = false;
  for (const line of raw.split('\n')) {
    const t = line.trim();
    if (/^_{5,}$/.test(t)) inFootnote = true;
    else if (FOOTER_LINE_RE.test(t)) inFootnote = false;
    else if (!inFootnote) lines.push(line);
  }
  const kept = lines.join('\n');
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return { joined: flat(kept.replace(/-\n/g, '')), hyphenKept: flat(kept.replace(/-\n/g, '-')) };
}
