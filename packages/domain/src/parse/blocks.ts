import {
  isAnnexLine,
  isCapitalsLine,
  isFieldLine,
  isHeaderLine,
  isRuleLine,
  looksLikeTitle,
  NUMBERED_START,
} from './normalise-lines.js';
import type { Block } from './types.js';

const JOINT_TITLE = /\bjoint\b.*\b(?:statement|press release)\b|\bstatement following\b/i;
const DOC_TYPE =
  /^(?:OUTCOME OF PROCEEDINGS|NOTE|"I" ITEM NOTE|“I” ITEM NOTE|INFORMATION NOTE|REPORT|OUTCOME OF THE COUNCIL MEETING|JOINT STATEMENT)$/;
const NOTE_LINE = /^\d{1,2}\s+\S/;
const BULLET = /^[•▪◦●\-–—*]\s+\S/;

/**
 * Splits normalised text into blocks, one per non-blank line (normalised paragraphs are one
 * line each), with a first guess at their kind: `header` (cover page up to Subject, or a joint
 * statement's title and place-date line), `heading` (numbered short title, capitals, short
 * title line), `list-item` (bullets, long lettered items), `footnote` (the `____` rule and the
 * notes under it), `annex` (everything after an ANNEX line), else `paragraph`.
 * `number` is the leading number as written ("1", "IV", "a", "2.1") when there is one.
 */
export function splitBlocks(text: string): Block[] {
  const lines: { start: number; end: number; line: string }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const raw = text.slice(pos, end);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line !== '') lines.push({ start: pos + lead, end: pos + lead + line.length, line });
    pos = end + 1;
  }
  const headerEnd = findHeaderEnd(lines.map((l) => l.line));
  const blocks: Block[] = [];
  let inFootnotes = false;
  let inAnnex = false;
  let previousEnd = -1;
  lines.forEach(({ start, end, line }, index) => {
    const blankBefore = previousEnd >= 0 && text.slice(previousEnd, start).includes('\n\n');
    previousEnd = end;
    const number = readNumber(line);
    if (index <= headerEnd) {
      blocks.push({ span: { start, end }, kind: 'header', number: null });
      return;
    }
    if (isRuleLine(line)) {
      inFootnotes = true;
      blocks.push({ span: { start, end }, kind: 'footnote', number: null });
      return;
    }
    if (inFootnotes && NOTE_LINE.test(line) && !blankBefore) {
      blocks.push({ span: { start, end }, kind: 'footnote', number: /^\d+/.exec(line)?.[0] ?? null });
      return;
    }
    inFootnotes = false;
    if (isAnnexLine(line)) {
      inAnnex = true;
      blocks.push({ span: { start, end }, kind: 'heading', number: null });
      return;
    }
    if (inAnnex) {
      blocks.push({ span: { start, end }, kind: 'annex', number });
      return;
    }
    blocks.push({ span: { start, end }, kind: guessKind(line, number), number });
  });
  return blocks;
}

function guessKind(line: string, number: string | null): Block['kind'] {
  if (BULLET.test(line)) return 'list-item';
  if (looksLikeTitle(line)) return 'heading';
  if (number !== null && /^[a-z]$/.test(number)) return 'list-item';
  return 'paragraph';
}

/** The heading number as written: "1", "2.1", "IV", "a", "A"; null when the line has none. */
export function readNumber(line: string): string | null {
  const m = NUMBERED_START.exec(line);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? m[4] ?? null;
}

/**
 * Index of the last cover-page line: the Subject/To/From fields, document type, number,
 * LIMITE, codes, place and date, or a joint statement's title and its place-date line.
 * -1 when the text starts with its body.
 */
export function findHeaderEnd(lines: readonly string[]): number {
  let end = -1;
  const limit = Math.min(lines.length, 60);
  const isCover = (i: number) => {
    const line = lines[i] as string;
    return (
      isHeaderLine(line) ||
      isFieldLine(line) ||
      DOC_TYPE.test(line) ||
      (i <= 2 && JOINT_TITLE.test(line) && line.length < 250) ||
      (i <= 2 && /^Council of the European Union$/i.test(line))
    );
  };
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as string;
    if (isCover(i)) {
      end = i;
      continue;
    }
    if (isCapitalsLine(line) && end >= 0 && i === end + 1 && !NUMBERED_START.test(line)) continue;
    // a short line inside the cover ("Press release", a subtitle) when a cover line follows it
    if (end >= 0 && i === end + 1 && isAsideOfCover(line) && i + 1 < limit && isCover(i + 1)) continue;
    if (end >= 0 || i > 3) break;
  }
  return end;
}

/** A short unnumbered line without a sentence's full stop: it may stand between two cover lines. */
function isAsideOfCover(line: string): boolean {
  return line.length <= 100 && !NUMBERED_START.test(line) && !/[.;:]$/.test(line);
}
