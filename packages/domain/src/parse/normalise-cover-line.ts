/**
 * A cover page run together on one line, as some copies of a record give it ("Council of the
 * European Union Brussels, 24 March 2023 (OR. en) 7725/23 LIMITE JAIEX 14 OUTCOME OF PROCEEDINGS
 * From: ... To: ... Subject: ..."), is cut back into the lines the header is read from.
 */

import { MONTHS } from './normalise-lines.js';

/** The fields of a cover page, each found where a line of its own would start (every place). */
const FIELD_STARTS = [
  new RegExp(`\\s+(?=\\p{Lu}\\p{Ll}+,\\s+\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}\\b)`, 'gu'),
  /\s+(?=\(OR\.\s)/g,
  /\s+(?=\d{3,5}\/(?:\d\/)?\d{2}\b)/g,
  /(?<=\b\d{3,5}\/(?:\d\/)?\d{2}(?:\s+(?:REV|ADD|COR)\s*\d+)?)\s+/g,
  /\s+(?=LIMITE\b)/g,
  /(?<=\bLIMITE)\s+/g,
  /\s+(?=(?:OUTCOME OF PROCEEDINGS|INFORMATION NOTE|NOTE)\b)/g,
  /(?<=\b(?:OUTCOME OF PROCEEDINGS|NOTE))\s+/g,
  /\s+(?=(?:From|To|Subject)\s*:)/g,
];
/** Marks of a cover page: three on one line make it a run-together cover page. */
const MARKS = [
  /\bFrom\s*:/,
  /\bTo\s*:/,
  /\bSubject\s*:/,
  /\bOUTCOME OF PROCEEDINGS\b/,
  /\(OR\.\s/,
  /\bLIMITE\b/,
];
/** Shortest line worth looking at: a cover page's fields take more than this together. */
const MIN_LENGTH = 100;
/** How many lines from the top the cover page may start on. */
const MAX_LINES = 10;

/**
 * `lines` with a run-together cover page among its first lines cut into one line per field
 * (each piece trimmed); `lines` itself when there is none (the usual case).
 */
export function splitRunTogetherCoverPage(lines: readonly string[]): readonly string[] {
  const limit = Math.min(lines.length, MAX_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as string;
    if (line.length < MIN_LENGTH || !isRunTogetherCoverPage(line)) continue;
    let cut = line;
    for (const start of FIELD_STARTS) cut = cut.replace(start, '\n');
    const pieces = cut.split('\n').map((piece) => piece.trim());
    return [...lines.slice(0, i), ...pieces, ...lines.slice(i + 1)];
  }
  return lines;
}

function isRunTogetherCoverPage(line: string): boolean {
  let marks = 0;
  for (const mark of MARKS) if (mark.test(line)) marks++;
  return marks >= 3;
}
