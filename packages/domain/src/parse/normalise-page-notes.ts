import { isDigit } from './char-classes.js';
import { BREAK, type RawItem } from './normalise-footers.js';
import { endsWithWrapHyphen } from './normalise-lines.js';

/** One footnote: its number and its text. */
export interface Note {
  number: string;
  text: string;
}

/** The footnotes gathered from the foot of a page. */
export interface Notes {
  kind: 'notes';
  notes: Note[];
}

/** A footnote's first line: "1 Department of Justice ..." (one or two digits, a space, the text). */
export const NOTE_START = /^(\d{1,2})\s+(\S.*)$/;

/** Most lines the notes at the foot of one page are read from: more is text, not notes. */
const MAX_ZONE_LINES = 12;

/**
 * Gathers footnotes printed at the foot of a page with no rule line above them, as PDF text has
 * them (the rule is a drawn line, not text): the lines from a "<n> <text>" line to the page's
 * footer (a `BREAK`) or the end of the text, when the page calls note n with a mark glued to a
 * word before them ("the US delegation1 thanked", "(ICPA)2", "advance.3"). A line opening with
 * the next number starts the next note; any other line continues the note before it. Returns
 * `items` itself when there are none (the usual case), else a new array with a `Notes` item in
 * place of each run.
 */
export function gatherPageFootnotes<T>(items: readonly (RawItem | T)[]): (RawItem | T | Notes)[] {
  let out: (RawItem | T | Notes)[] | null = null;
  let pageStart = 0;
  let copied = 0;
  // notes end a page: only the lines just before each footer, and before the end, are read
  for (let pageEnd = 0; pageEnd <= items.length; pageEnd++) {
    if (pageEnd < items.length && items[pageEnd] !== BREAK) continue;
    for (let i = Math.max(pageStart, pageEnd - 2 * MAX_ZONE_LINES); i < pageEnd; i++) {
      const item = items[i];
      if (typeof item !== 'string' || !isDigit(item.charCodeAt(0))) continue;
      const zone = readZone(items, i, pageStart);
      if (zone === null) continue;
      out ??= [];
      for (let k = copied; k < i; k++) out.push(items[k] as RawItem | T);
      out.push({ kind: 'notes', notes: zone.notes });
      copied = zone.end;
      break;
    }
    pageStart = pageEnd + 1;
  }
  if (out === null) return items as (RawItem | T)[];
  for (let k = copied; k < items.length; k++) out.push(items[k] as RawItem | T);
  return out;
}

/** The notes from line `at` to the end of its page, and where that is; null if they are no notes. */
function readZone(
  items: readonly unknown[],
  at: number,
  pageStart: number,
): { notes: Note[]; end: number } | null {
  const first = NOTE_START.exec(items[at] as string);
  if (first === null) return null;
  const notes: Note[] = [{ number: first[1] as string, text: first[2] as string }];
  let lines = 1;
  let end = at + 1;
  for (; end < items.length; end++) {
    const item = items[end];
    if (item === BREAK) break;
    if (typeof item !== 'string') {
      // a blank line inside the notes; any other item (notes under a rule) is not this zone's
      if ((item as { kind?: string }).kind === 'blank') continue;
      return null;
    }
    if (++lines > MAX_ZONE_LINES) return null;
    const last = notes[notes.length - 1] as Note;
    const next = NOTE_START.exec(item);
    if (next !== null && Number(next[1]) === Number(last.number) + 1)
      notes.push({ number: next[1] as string, text: next[2] as string });
    else last.text = endsWithWrapHyphen(last.text) ? last.text.slice(0, -1) + item : `${last.text} ${item}`;
  }
  // the page's own text is searched last: most lines opening with a number fail the checks above
  return isCalled(items, pageStart, at, first[1] as string) ? { notes, end } : null;
}

/**
 * The call mark of note `number` in a text: the number glued to a small letter or a closing
 * bracket or quote ("the Commission2", "(COM)2", "”2"), or after a sentence's end ("advance.2").
 */
export function footnoteCallMark(number: string): RegExp {
  return new RegExp(`(?:[\\p{Ll})\\]”’"]|\\p{Ll}[.;:,])${number}(?!\\d)`, 'u');
}

/** Whether a line of the page before `at` calls note `number` with a mark glued to a word. */
function isCalled(items: readonly unknown[], from: number, at: number, number: string): boolean {
  const mark = footnoteCallMark(number);
  for (let k = from; k < at; k++) {
    const item = items[k];
    if (typeof item === 'string' && mark.test(item)) return true;
  }
  return false;
}
