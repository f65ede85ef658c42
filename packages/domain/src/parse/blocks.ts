import { startsWithBullet } from './bullets.js';
import { isWhiteSpace } from './char-classes.js';
import { isCoverNote } from './cover-note.js';
import {
  isAnnexLine,
  isCapitalsLine,
  isFieldLine,
  isHeaderLine,
  isRuleLine,
  looksLikeTitle,
  matchNumberedStart,
  NUMBERED_START,
  startsLower,
} from './normalise-lines.js';
import type { Block } from './types.js';

const JOINT_TITLE = /\bjoint\b.*\b(?:statement|press release)\b|\bstatement following\b/i;
const DOC_TYPE =
  /^(?:OUTCOME OF PROCEEDINGS|NOTE|"I" ITEM NOTE|“I” ITEM NOTE|INFORMATION NOTE|REPORT|OUTCOME OF THE COUNCIL MEETING|JOINT STATEMENT)$/;
const NOTE_LINE = /^\d{1,2}\s+\S/;

/**
 * Splits normalised text into blocks, one per non-blank line (normalised paragraphs are one
 * line each), with a first guess at their kind: `header` (cover page up to Subject, or a joint
 * statement's title and place-date line), `heading` (numbered short title, capitals, short
 * title line), `list-item` (bullets, long lettered items), `footnote` (the `____` rule and the
 * notes under it), `annex` (everything after an ANNEX line), else `paragraph`.
 * `number` is the leading number as written ("1", "IV", "a", "2.1") when there is one.
 */
export function splitBlocks(text: string): Block[] {
  const lines = splitTrimmedLines(text);
  const headerEnd = findHeaderEnd(lines.map((l) => l.line));
  const blocks: Block[] = [];
  let inFootnotes = false;
  let inAnnex = false;
  lines.forEach(({ start, end, line }, index) => {
    const span = { start, end };
    if (index <= headerEnd) {
      blocks.push({ span, kind: 'header', number: null });
      return;
    }
    if (isRuleLine(line)) {
      inFootnotes = true;
      blocks.push({ span, kind: 'footnote', number: null });
      return;
    }
    if (inFootnotes && NOTE_LINE.test(line) && !followsBlankLine(text, lines, index)) {
      blocks.push({ span, kind: 'footnote', number: /^\d+/.exec(line)?.[0] ?? null });
      return;
    }
    inFootnotes = false;
    if (isAnnexLine(line)) {
      // "Delegations will find in the Annex the outcome ...": that annex is the record itself
      if (inAnnex || !opensRecordAnnex(text, blocks)) inAnnex = true;
      blocks.push({ span, kind: 'heading', number: null });
      return;
    }
    const number = readNumber(line);
    blocks.push({ span, kind: inAnnex ? 'annex' : guessKind(line, number), number });
  });
  return blocks;
}

/**
 * Whether an ANNEX line after `before` (the blocks above it) opens the record itself rather than
 * an annex to it: above it stand only the cover page and a cover note ("Delegations will find in
 * the Annex the outcome of proceedings ..."), no heading and no other annex.
 */
export function opensRecordAnnex(text: string, before: readonly Block[]): boolean {
  let coverNote = false;
  for (const b of before) {
    if (b.kind === 'header' || b.kind === 'footnote') continue;
    if (b.kind !== 'paragraph' && b.kind !== 'line') return false;
    coverNote ||= isCoverNote(text.slice(b.span.start, b.span.end));
  }
  return coverNote;
}

/** A non-blank line of a text, trimmed, with where it stands. */
interface TrimmedLine {
  start: number;
  end: number;
  line: string;
}

/** The non-blank lines of a text, each trimmed (`String.prototype.trim`) and with its offsets. */
export function splitTrimmedLines(text: string): TrimmedLine[] {
  const lines: TrimmedLine[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let start = pos;
    let stop = end;
    while (start < stop && isWhiteSpace(text.charCodeAt(start))) start++;
    while (stop > start && isWhiteSpace(text.charCodeAt(stop - 1))) stop--;
    if (stop > start) lines.push({ start, end: stop, line: text.slice(start, stop) });
    pos = end + 1;
  }
  return lines;
}

/** A blank line (two line breaks) stands between line `index` and the one before it. */
function followsBlankLine(text: string, lines: readonly TrimmedLine[], index: number): boolean {
  const previous = lines[index - 1];
  if (previous === undefined) return false;
  const start = (lines[index] as TrimmedLine).start;
  for (let k = previous.end; k + 1 < start; k++)
    if (text.charCodeAt(k) === 10 && text.charCodeAt(k + 1) === 10) return true;
  return false;
}

function guessKind(line: string, number: string | null): Block['kind'] {
  if (startsWithBullet(line)) return 'list-item';
  const lettered = number !== null && isSmallLabel(number);
  // "(b) the fight against ransomware; and": an item of a sentence's list, not a sub-heading
  if (lettered && continuesSentence(line)) return 'list-item';
  if (looksLikeTitle(line)) return 'heading';
  if (lettered) return 'list-item';
  return 'paragraph';
}

/** A lettered or small-roman label: "a", "b", "ii", "iv". */
export function isSmallLabel(number: string): boolean {
  return (number.length === 1 && number >= 'a' && number <= 'z') || SMALL_ROMAN_RE.test(number);
}

const SMALL_ROMAN_RE = /^[ivx]{1,4}$/;

const LIST_ITEM_END_RE = /[;,](?:\s+(?:and|or))?$/;

/** A lettered line going on from a sentence: lower case after its letter, or a ";" / "; and" at its end. */
function continuesSentence(line: string): boolean {
  const label = matchNumberedStart(line);
  return startsLower(label === null ? line : line.slice(label[0].length)) || LIST_ITEM_END_RE.test(line);
}

/** The heading number as written: "1", "2.1", "IV", "a", "A", "ii"; null when the line has none. */
export function readNumber(line: string): string | null {
  const m = matchNumberedStart(line);
  if (!m) return null;
  return m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? null;
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
