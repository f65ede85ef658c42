import { codeAt } from './normalise-char-code.js';

/** A Council document number read from a header line, with its revision and where it was written. */
export interface FoundDocumentNumber {
  /** Normalised "NNNN/YY" form. */
  number: string;
  /** "REV 1", "ADD 1", "COR 1" or null. */
  revision: string | null;
  /** Offsets of the number as written, relative to the line. */
  start: number;
  end: number;
}

// "7725/23", "7725/23 REV 1", "9531/1/14 REV 1"
const PLAIN = /^(\d{3,5}\/(?:\d\/)?\d{2})((?:\s+(?:REV|ADD|COR)\s*\d+)*)(?:\s+\(OR\.\s*[a-z]{2}\))?$/;
// register form "ST 7725 2023 INIT", "ST 7725 2023 REV 1"
const REGISTER = /^ST\s+(\d{3,5})\s+(\d{2})(\d{2})\s+(INIT|(?:REV|ADD|COR)\s*\d+)/;

const REVISION_MARK = /(REV|ADD|COR)\s*(\d+)/;

/** Reads a document number from one header line ("7725/23", "ST 7725 2023 INIT"), or null. */
export function readDocumentNumber(line: string): FoundDocumentNumber | null {
  // both forms start with a digit or "ST" once trimmed: a line starting with any other visible
  // ASCII or Latin-1 character (none is white space) has neither
  if (line === '') return null;
  const first = codeAt(line, 0);
  if (first > 32 && first < 160 && !(first >= 48 && first <= 57) && !(first === 83 && codeAt(line, 1) === 84))
    return null;
  const trimmed = line.trim();
  const offset = line.indexOf(trimmed);
  const plain = PLAIN.exec(trimmed);
  if (plain) {
    return {
      number: plain[1] as string,
      revision: formatRevision(plain[2] ?? ''),
      start: offset,
      end: offset + (plain[1] as string).length,
    };
  }
  const reg = REGISTER.exec(trimmed);
  if (reg) {
    const tail = reg[4] as string;
    return {
      number: `${reg[1]}/${reg[3]}`,
      revision: tail === 'INIT' ? null : formatRevision(tail),
      start: offset,
      end: offset + reg[0].length,
    };
  }
  return null;
}

/**
 * The first revision mark of a tail such as " REV 1", "REV1", " REV  2 ADD 1", written with a
 * single space ("REV 1"), or null when there is none. Only the first mark is kept: "REV 1 ADD 1"
 * is revision "REV 1" (the field holds one mark).
 */
function formatRevision(tail: string): string | null {
  const mark = REVISION_MARK.exec(tail);
  return mark === null ? null : `${mark[1]} ${Number(mark[2])}`;
}

/** A header line that is only a revision mark: "REV 1", "ADD 1", "COR 2", "REV 1 ADD 1". */
const REVISION_LINE = /^(?:(?:REV|ADD|COR)\s*\d+\s*)+$/;

/**
 * The revision written on a header line of its own under the document number ("7163/1/17" then
 * "REV 1"), as `readDocumentNumber` writes it; null for any other line.
 */
export function readRevisionLine(line: string): string | null {
  return REVISION_LINE.test(line) ? formatRevision(line) : null;
}

/** Finds the document number among the first lines of a record (its cover page), or null. */
export function findDocumentNumber(lines: readonly string[], maxLines = 80): string | null {
  const limit = Math.min(lines.length, maxLines);
  for (let i = 0; i < limit; i++) {
    const found = readDocumentNumber(lines[i] as string);
    if (found) return found.number;
  }
  return null;
}
