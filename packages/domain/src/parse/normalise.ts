import type { ParseWarning } from '../schema/warning.js';
import { isCapital } from './char-classes.js';
import { isCoverNote } from './cover-note.js';
import { findDocumentNumber } from './header-number.js';
import { codeAt } from './normalise-char-code.js';
import { cleanCharacters } from './normalise-characters.js';
import { splitRunTogetherCoverPage } from './normalise-cover-line.js';
import { BREAK, type Marker, type RawItem, removeFooters } from './normalise-footers.js';
import { createVocabularyLookup, joinHyphenated } from './normalise-hyphens.js';
import {
  endsTerminal,
  endsWithFunctionWord,
  endsWithWrapHyphen,
  isAgendaItemLine,
  isAnnexLine,
  isBlockStart,
  isFieldLabelAlone,
  isFieldLine,
  isHeaderLine,
  isNumberAlone,
  isPlaceDateLine,
  isRuleLine,
  looksLikeTitle,
  parenthesisDepth,
  startsLower,
  startsNumbered,
} from './normalise-lines.js';
import {
  footnoteCallMark,
  gatherPageFootnotes,
  NOTE_START,
  type Note,
  type Notes,
} from './normalise-page-notes.js';
import { measureWrapWidth } from './normalise-width.js';

/** The rule line written before footnotes in the normalised text. */
export const FOOTNOTE_RULE = '____';

type Gap = 'none' | 'blank' | 'break';
/** A line (its string), a blank line or removed footer, or the footnotes gathered after a rule line or at a page's foot. */
type Item = RawItem | Notes;
interface OutBlock {
  text: string;
  /** Separator written before the block: one newline (cover-page lines) or a blank line. */
  separator: '\n' | '\n\n';
  /** Offsets inside `text` where a page footer interrupted the paragraph. */
  footerJoins: number[];
  /** Parentheses still open at the end of `text` (kept as lines are joined). */
  openParentheses: number;
  /** `isHeaderish(text)` once computed, `undefined` before and whenever `text` changes. */
  headerish: boolean | undefined;
}

/** A "Subject:" field line (tried only on lines starting with "S"). */
const SUBJECT_FIELD = /^Subject\s*:/;
const SUBJECT_TAIL_DASH = /^[-–—]\s+/;
const OUTCOME_OF_PROCEEDINGS = /^outcome of (?:the )?proceedings$/i;
/** Two spaces: a RegExp finds them faster than `includes('  ')` in a text full of single spaces. */
const DOUBLE_SPACE = / {2}/;
const NOTE_NUMBER_ALONE = /^(\d{1,2})$/;
/** How many blocks back from where a note was printed its call mark is looked for (nearest first). */
const MAX_NOTE_REACH = 16;

/**
 * Makes the text every span points into, from raw or PDF-extracted text: cleans characters,
 * removes page footers (warning `footer-inside-paragraph` where one interrupted a paragraph),
 * rejoins hard-wrapped lines and hyphenated words, keeps headings, cover-page lines and fields
 * on their own lines, and moves footnotes after the paragraph that calls them (kept after a
 * `____` rule line). Paragraphs come out one per line, separated by a blank line.
 * Idempotent: `normaliseText(normaliseText(x).text).text === normaliseText(x).text`.
 */
export function normaliseText(raw: string): { text: string; warnings: ParseWarning[] } {
  const first = normaliseOnce(raw);
  let text = first.text;
  // nothing joined, cut or moved: every line stands as it was, a second look finds the same
  if (!first.rejoined) return { text, warnings: first.warnings };
  // Rejoining can, rarely, make a line that a second look reads differently (a footer broken by
  // a hyphen, a label and its value): iterate to a fixed point; earlier spans then lose their place.
  for (let round = 0; round < 4; round++) {
    const again = normaliseOnce(text, true);
    if (again.text === text) {
      if (round === 0) return first;
      const kept = first.warnings.map((w) => ({ ...w, span: null }));
      const seen = new Set(kept.map((w) => w.code));
      return { text, warnings: [...kept, ...again.warnings.filter((w) => !seen.has(w.code))] };
    }
    text = again.text;
  }
  return { text, warnings: first.warnings.map((w) => ({ ...w, span: null })) };
}

/**
 * One pass of the normalisation. `ownOutput`: `raw` is the text of an earlier pass, made of
 * cleaned, trimmed, single-spaced lines joined by one space or none (a hyphen join), and of
 * footnotes written "<number> <text>": cleaning it would change nothing, so it is split as it is.
 */
function normaliseOnce(
  raw: string,
  ownOutput = false,
): { text: string; warnings: ParseWarning[]; rejoined: boolean } {
  const warnings: ParseWarning[] = [];
  const clean = ownOutput ? raw : cleanText(raw, warnings);
  const split = clean.split('\n');
  if (!ownOutput) for (let i = 0; i < split.length; i++) split[i] = trimSpaces(split[i] as string);
  const lines = ownOutput ? split : splitRunTogetherCoverPage(split);
  const docNumber = findDocumentNumber(lines);
  const rawItems = removeFooters(lines, docNumber);
  // a footnote rule line starts with "___": a text without those three characters anywhere
  // (one native search) has no rule line, and gathering would return `rawItems` itself
  const ruled = clean.includes('___') ? gatherFootnotes(rawItems) : rawItems;
  // notes at a page's foot with no rule line (PDF text: the rule is drawn, not written)
  const items: Item[] = gatherPageFootnotes(ruled) as Item[];
  // a footer removed, or footnotes gathered (a new array is made only then)
  let rejoined = items !== rawItems || rawItems.includes(BREAK);
  const inVocabulary = createVocabularyLookup(clean);
  const width = measureWrapWidth(lines);
  const blocks: OutBlock[] = [];
  const notes: { note: Note; anchor: number }[] = [];
  let current: OutBlock | null = null;
  let inAnnex = false;
  let recordAnnexOpen = false;
  let last = '';
  let gap: Gap = 'none';
  for (const item of items) {
    if (typeof item !== 'string') {
      if (item.kind === 'blank') {
        if (gap === 'none') gap = 'blank';
      } else if (item.kind === 'break') gap = 'break';
      else {
        const anchor = current !== null ? blocks.length : blocks.length - 1;
        for (const note of item.notes) notes.push({ note, anchor });
      }
      continue;
    }
    const line = item;
    // a list of participants: each capitalised line after the ANNEX line is an entry of its own
    // ("Jeff Sessions, Attorney General" / "Elaine Duke, Acting Secretary of Homeland Security"),
    // unless a cover note said the annex is the record itself ("Delegations will find in the Annex ...")
    if (!inAnnex && isAnnexLine(line)) {
      if (recordAnnexOpen || !hasCoverNote(blocks, current)) inAnnex = true;
      else recordAnnexOpen = true;
    }
    const annexEntry = inAnnex && current !== null && isCapital(codeAt(line, 0)) && endsAnnexEntry(current);
    if (current !== null && !annexEntry && decideJoin(current, last, line, gap, width)) {
      if (gap === 'break') current.footerJoins.push(current.text.length);
      rejoined = true;
      current.text = joinLines(current.text, line, inVocabulary);
      current.headerish = undefined;
      // joining adds a space or drops a hyphen: neither is a parenthesis
      current.openParentheses = parenthesisDepth(current.openParentheses, line);
    } else {
      const block: OutBlock = {
        text: line,
        separator: '\n\n',
        footerJoins: [],
        openParentheses: parenthesisDepth(0, line),
        headerish: undefined,
      };
      if (current !== null) {
        // a cover-page line stays on its own line: only its line break is kept, no blank line
        if (gap === 'none' && (isBlockHeaderish(current) || isBlockHeaderish(block))) block.separator = '\n';
        blocks.push(current);
      }
      current = block;
    }
    last = line;
    gap = 'none';
  }
  if (current !== null) blocks.push(current);
  return { text: flatString(writeText(blocks, notes, warnings)), warnings, rejoined };
}

/**
 * Cleans characters (warning `control-characters` when some were dropped) and makes spaces
 * single (the only white space left after cleaning is the space and the newline).
 */
function cleanText(raw: string, warnings: ParseWarning[]): string {
  const { text: clean, controlCount } = cleanCharacters(raw);
  if (controlCount > 0) {
    warnings.push({
      code: 'control-characters',
      message: `${controlCount} control character(s) removed from the input.`,
      span: null,
    });
  }
  return DOUBLE_SPACE.test(clean) ? clean.replace(/ {2,}/g, ' ') : clean;
}

/** `line.trim()`, without a call when the line neither starts nor ends with a space. */
function trimSpaces(line: string): string {
  return codeAt(line, 0) === 32 || codeAt(line, line.length - 1) === 32 ? line.trim() : line;
}

function isHeaderish(line: string): boolean {
  return isHeaderLine(line) || isFieldLine(line);
}

/** `isHeaderish(block.text)`, computed once for each text the block holds. */
function isBlockHeaderish(block: OutBlock): boolean {
  if (block.headerish === undefined) block.headerish = isHeaderish(block.text);
  return block.headerish;
}

/** Whether a block so far (the one being built included) is the cover-note formula. */
function hasCoverNote(blocks: readonly OutBlock[], current: OutBlock | null): boolean {
  return (current !== null && isCoverNote(current.text)) || blocks.some((b) => isCoverNote(b.text));
}

/**
 * Whether an annex line can end an entry: not broken by a hyphen, after a function word or a
 * comma, or inside brackets ("Commissioner for Migration, Home Affairs and" goes on).
 */
function endsAnnexEntry(block: OutBlock): boolean {
  const text = block.text;
  const lastCode = codeAt(text, text.length - 1);
  return (
    block.openParentheses === 0 && lastCode !== 44 && !endsWithWrapHyphen(text) && !endsWithFunctionWord(text)
  );
}

/** Should `next` continue the paragraph of `block` (whose last physical line is `last`)? */
function decideJoin(block: OutBlock, last: string, next: string, gap: Gap, width: number): boolean {
  const accum = block.text;
  // "1" / "INTRODUCTION": a bare heading number on its own line, its title on the next
  if (
    accum.length <= 2 &&
    /^\d{1,2}$/.test(accum) &&
    looksLikeTitle(next) &&
    !startsNumbered(next) &&
    !isHeaderish(next)
  )
    return true;
  if (isNumberAlone(accum) || isFieldLabelAlone(accum))
    return !isFieldLine(next) && !isNumberAlone(next) && !startsNumbered(next);
  if (endsWithWrapHyphen(accum) && /^[\p{L}\d]/u.test(next) && !isBlockStart(next)) return true;
  // "Subject: Outcome of the EU - US ... Meeting," / "Valletta, 1-2 March 2017" (7163/17 style)
  const subject = codeAt(accum, 0) === 83 && SUBJECT_FIELD.test(accum);
  if (subject && /^Subject\s*:.*,$/.test(accum) && gap !== 'blank' && isPlaceDateLine(next)) return true;
  // "Subject: EU-US JHA Senior Officials Meeting" / "- Helsinki, 3-4 December 2019" or
  // "(Washington, 21-22 June 2018)" or "- Outcome of proceedings": the subject's tail on a line of its own
  if (subject && gap !== 'break' && isSubjectTail(next)) return true;
  // a block start never continues a paragraph (a field line is one): tested last, being the
  // costliest test and the answer being "no" for most lines anyway
  return continuesParagraph(block, subject, last, next, gap, width) && !isBlockStart(next);
}

/** The rest of `decideJoin`, for a `next` that is not a block start. */
function continuesParagraph(
  block: OutBlock,
  subject: boolean,
  last: string,
  next: string,
  gap: Gap,
  width: number,
): boolean {
  const accum = block.text;
  if (endsWithFunctionWord(accum)) return true;
  if ((gap === 'none' || isFieldLine(accum)) && block.openParentheses > 0) return true;
  if (
    subject &&
    (gap === 'none'
      ? continuesSubject(accum, next)
      : gap === 'blank' && (startsLower(next) || MONTH_START.test(next) || DATE_START.test(next)))
  )
    return true;
  const long = last.length >= width * 0.6;
  if (gap === 'blank') {
    return (
      !endsTerminal(accum) &&
      startsLower(next) &&
      !looksLikeTitle(accum) &&
      !isHeaderLine(accum) &&
      !isFieldLine(accum)
    );
  }
  if (gap === 'break')
    return (
      !isHeaderLine(accum) && (startsLower(next) || (!endsTerminal(accum) && long && !looksLikeTitle(accum)))
    );
  if (isBlockHeaderish(block) || isAgendaItemLine(accum)) return false;
  // "... the crime of aggression." / "Sanctions and export controls": a sub-topic line after a sentence
  if (endsTerminal(accum) && looksLikeTitle(next) && next.length < width * 0.6) return false;
  if (startsLower(next) && (!endsTerminal(accum) || long)) return true;
  if (looksLikeTitle(accum) && !(width < 150 && long)) return false;
  // a sentence's end, and the next line's first word would have fitted after it: the layout
  // ended the paragraph there (a wrapped line is one its next word did not fit on)
  if (long && endsTerminal(accum) && last.length + 1 + firstWordLength(next) <= width * FIT_SHARE)
    return false;
  return long;
}

/** The share of the wrap width below which a word surely fits (proportional fonts vary the characters a line holds). */
const FIT_SHARE = 0.85;

/** The length of the first space-separated word of a line. */
function firstWordLength(line: string): number {
  const space = line.indexOf(' ');
  return space < 0 ? line.length : space;
}

/** "19-20 September 2019" / "1 March 2017": the date that ends a Subject wrapped after its place. */
const DATE_START =
  /^\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const MONTH_START =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A wrapped Subject line: "... Meeting, Valletta, 1-2" + "March 2017". */
/**
 * A line that only ends a subject: a place and date ("- Helsinki, 3-4 December 2019",
 * "(Washington, 21-22 June 2018)") or "- Outcome of proceedings", after a dash or in brackets.
 */
export function isSubjectTail(line: string): boolean {
  const dash = SUBJECT_TAIL_DASH.exec(line);
  const rest = dash === null ? line : line.slice(dash[0].length);
  if (dash === null && codeAt(line, 0) !== 40) return false;
  return isPlaceDateLine(rest) || (dash !== null && OUTCOME_OF_PROCEEDINGS.test(rest));
}

function continuesSubject(accum: string, next: string): boolean {
  return (
    startsLower(next) ||
    MONTH_START.test(next) ||
    /^\d/.test(next) ||
    /[-–,]$/.test(accum) ||
    (/\)$/.test(next) && !next.includes('(')) ||
    (!/\b(?:19|20)\d{2}\)?$/.test(accum) && /\b(?:19|20)\d{2}\)?$/.test(next) && next.length < 120)
  );
}

function joinLines(a: string, b: string, inVocabulary: (word: string) => boolean): string {
  if (endsWithWrapHyphen(a) && /^[\p{L}\d]/u.test(b)) return joinHyphenated(a, b, inVocabulary);
  return `${a} ${b}`;
}

/**
 * Takes the footnotes that follow a rule line ("____", then "1 Note text", or "1" alone on its
 * line and the note text on the next) out of the line stream: the zone ends at a page break, or at a blank line not followed by another note.
 * Returns `items` itself when there is no rule line, a new array (holding the notes) otherwise.
 */
function gatherFootnotes(items: RawItem[]): Item[] {
  // most texts have no footnote rule: their items stand as they are
  let i = items.findIndex(isRuleItem);
  if (i < 0) return items;
  const out: Item[] = items.slice(0, i);
  while (i < items.length) {
    const item = items[i] as RawItem;
    if (!isRuleItem(item)) {
      out.push(item);
      i++;
      continue;
    }
    const notes: Note[] = [];
    let j = i + 1;
    while (j < items.length) {
      const it = items[j] as RawItem;
      if (isMarker(it, 'break')) break;
      if (isMarker(it, 'blank')) {
        let k = j + 1;
        while (k < items.length && isMarker(items[k] as RawItem, 'blank')) k++;
        const nextLine = items[k];
        if (typeof nextLine === 'string' && NOTE_START.test(nextLine) && notes.length > 0) {
          j++;
          continue;
        }
        break;
      }
      const m = NOTE_START.exec(it);
      const alone = m === null ? NOTE_NUMBER_ALONE.exec(it) : null;
      const body = items[j + 1];
      if (m) notes.push({ number: m[1] as string, text: m[2] as string });
      else if (alone !== null && typeof body === 'string' && !NOTE_NUMBER_ALONE.test(body)) {
        // every field stands alone: the number on its own line, the note text on the next
        notes.push({ number: alone[1] as string, text: body });
        j++;
      } else if (notes.length > 0) {
        const lastNote = notes[notes.length - 1] as Note;
        lastNote.text = endsWithWrapHyphen(lastNote.text)
          ? lastNote.text.slice(0, -1) + it
          : `${lastNote.text} ${it}`;
      } else break;
      j++;
    }
    out.push({ kind: 'notes', notes });
    i = j;
  }
  return out;
}

/** A line that is a footnote rule "____". */
function isRuleItem(item: RawItem): boolean {
  return typeof item === 'string' && isRuleLine(item);
}

/** Whether `item` is the blank-line or the removed-footer marker. */
function isMarker(item: RawItem, kind: Marker['kind']): item is Marker {
  return typeof item !== 'string' && item.kind === kind;
}

/**
 * The same string, stored as one run of characters. `writeText` builds the text with `+=`, which
 * V8 keeps as a chain of joined pieces; every later pass reads the text character by character,
 * and each read of a joined string goes through that chain (about 40 % more work a character
 * than in a flat string). Splitting and joining makes one flat copy (a join allocates its
 * result whole); the characters are the same.
 */
function flatString(text: string): string {
  return text.split('\n').join('\n');
}

/** Writes the blocks and their footnotes; turns recorded join points into warnings. */
function writeText(
  blocks: readonly OutBlock[],
  notes: readonly { note: Note; anchor: number }[],
  warnings: ParseWarning[],
): string {
  const attached = new Map<number, Note[]>();
  const detached = new Set<Note>();
  for (const { note, anchor } of notes) {
    const marker = footnoteCallMark(note.number);
    let at = -1;
    for (let k = anchor; k >= Math.max(0, anchor - MAX_NOTE_REACH); k--) {
      if (marker.test(blocks[k]?.text ?? '')) {
        at = k;
        break;
      }
    }
    if (at < 0) {
      at = Math.max(0, Math.min(anchor, blocks.length - 1));
      detached.add(note);
    }
    attached.set(at, [...(attached.get(at) ?? []), note]);
  }
  let text = '';
  if (blocks.length === 0 && notes.length > 0)
    blocks = [{ text: '', separator: '\n\n', footerJoins: [], openParentheses: 0, headerish: false }];
  blocks.forEach((block, index) => {
    if (index > 0) text += block.separator;
    const start = text.length;
    text += block.text;
    for (const at of block.footerJoins) {
      // the words on either side of the join, found in the block (searching `text`, still being
      // built, would copy it whole at every footer)
      const from = block.text.lastIndexOf(' ', at - 1) + 1;
      const to = block.text.indexOf(' ', at + 1);
      warnings.push({
        code: 'footer-inside-paragraph',
        message: 'A page footer interrupted this paragraph; it was removed and the paragraph rejoined.',
        span: { start: start + from, end: start + (to < 0 ? block.text.length : to) },
      });
    }
    const own = attached.get(index);
    if (own) {
      text += `${text === '' ? '' : '\n\n'}${FOOTNOTE_RULE}`;
      for (const note of own) {
        text += '\n';
        const noteStart = text.length;
        text += `${note.number} ${note.text}`;
        if (detached.has(note)) {
          warnings.push({
            code: 'footnote-detached',
            message: `Footnote ${note.number}: no call mark found in the text; kept after the paragraph it was printed under.`,
            span: { start: noteStart, end: text.length },
          });
        }
      }
    }
  });
  return text === '' ? '' : `${text}\n`;
}
