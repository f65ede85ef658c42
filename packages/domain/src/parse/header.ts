import type { DocumentMeta } from '../schema/meta.js';
import type { Span } from '../schema/span.js';
import type { ParseWarning } from '../schema/warning.js';
import { isCapital, isDigit } from './char-classes.js';
import { readDocumentNumber, readRevisionLine } from './header-number.js';
import { findDateRange } from './meeting-dates.js';
import { copySpan } from './spans.js';
import type { Block } from './types.js';

const PLACE_DATE = /^\(?([A-Z][\p{L} .'’-]{1,40}),\s+(.+?)\)?$/u;
const LANGUAGE = /\(OR\.\s*([a-z]{2})\)?/;
/** The span keys of the first subject codes ("subjectCodes.0", ...), made once. */
const SUBJECT_CODE_KEYS: readonly string[] = Array.from({ length: 64 }, (_, i) => `subjectCodes.${i}`);
const NOT_CODES = new Set(['LIMITE', 'EN', 'NOTE', 'INIT', 'REV', 'ADD', 'COR', 'ST', 'ANNEX']);
const DOC_TYPE =
  /^(?:OUTCOME OF PROCEEDINGS|NOTE|["“]I["”] ITEM NOTE|INFORMATION NOTE|REPORT|OUTCOME OF THE COUNCIL MEETING|JOINT STATEMENT)$/;
/** A footnote number (plain or superscript) right after the closing bracket that ends a line. */
const FOOTNOTE_AFTER_BRACKET = /\)\s?(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/;
const FIELD = /^(From|To|Subject)\s*:\s*(.*)$/;
const JOINT_TITLE = /\bjoint\b.*\b(?:statement|press release)\b|\bstatement following\b/i;

/** The cover page read from the header blocks, and whether the text is a public joint statement. */
export interface HeaderResult {
  meta: DocumentMeta;
  /** Title line of a joint statement ("Joint EU-U.S. statement following ..."), else null. */
  jointTitle: { text: string; span: Span } | null;
  /** A place-and-date line that is not the issue line of a Council document (joint statements). */
  placeDate: { text: string; span: Span } | null;
  warnings: ParseWarning[];
}

/** A cover page with no field found (every value null, no subject codes, no spans). */
export function createEmptyMeta(): DocumentMeta {
  return {
    documentNumber: null,
    revision: null,
    issuedOn: null,
    issuedAt: null,
    classification: null,
    language: null,
    subjectCodes: [],
    documentType: null,
    from: null,
    to: null,
    subject: null,
    spans: {},
  };
}

/**
 * Reads the cover page: document number (with REV/ADD/COR), place and date of issue,
 * "(OR. en)", LIMITE, subject codes (one per line or run together), document type, and the
 * From/To/Subject fields. Each found field's span goes into `meta.spans` (subject codes as
 * `subjectCodes.<i>`). Looks only at the `header` blocks; warns when a Council record lacks
 * its number, date or subject (a joint statement has none of these).
 */
export function readHeader(text: string, blocks: readonly Block[]): HeaderResult {
  const meta = createEmptyMeta();
  let jointTitle: HeaderResult['jointTitle'] = null;
  let placeDate: HeaderResult['placeDate'] = null;
  for (const block of blocks) {
    if (block.kind !== 'header') continue;
    const line = text.slice(block.span.start, block.span.end);
    const at = block.span.start;
    // Each pattern is tried only when the line can hold it (a first character it starts with,
    // a literal it contains): the same verdicts as trying every pattern in turn.
    const first = line.charCodeAt(0);
    const field = mayStartField(first) ? FIELD.exec(line) : null;
    if (field) {
      const key = (field[1] as string).toLowerCase() as 'from' | 'to' | 'subject';
      const written = (field[2] as string).trim();
      // "... (Budapest, 13-14 November 2024) 1": a footnote call glued after the closing bracket
      const value =
        key === 'subject' && endsWithFootnoteMark(written)
          ? written.replace(FOOTNOTE_AFTER_BRACKET, ')')
          : written;
      if (meta[key] === null && value !== '') {
        meta[key] = value;
        const start = at + line.length - (field[2] as string).length + (field[2] as string).indexOf(written);
        meta.spans[key] = { start, end: start + value.length };
      }
      continue;
    }
    const num = mayStartDocumentNumber(first) ? readDocumentNumber(line) : null;
    if (num && meta.documentNumber === null) {
      meta.documentNumber = num.number;
      meta.revision = num.revision;
      meta.spans.documentNumber = { start: at + num.start, end: at + num.end };
      continue;
    }
    const revision = meta.documentNumber !== null && meta.revision === null ? readRevisionLine(line) : null;
    if (revision !== null) {
      meta.revision = revision;
      meta.spans.revision = { start: at, end: at + line.length };
      continue;
    }
    const language = line.includes('(OR.') ? LANGUAGE.exec(line) : null;
    if (language && meta.language === null) {
      meta.language = language[1] as string;
      meta.spans.language = { start: at + language.index, end: at + language.index + language[0].length };
      continue;
    }
    if (line === 'LIMITE' || line === 'RESTREINT UE/EU RESTRICTED') {
      meta.classification ??= line;
      meta.spans.classification ??= { start: at, end: at + line.length };
      continue;
    }
    if (DOC_TYPE.test(line)) {
      meta.documentType ??= line;
      meta.spans.documentType ??= { start: at, end: at + line.length };
      continue;
    }
    if (JOINT_TITLE.test(line) && jointTitle === null) {
      jointTitle = { text: line, span: copySpan(block.span) };
      continue;
    }
    const capital = first >= 65 && first <= 90;
    const place = (capital || first === 40) && line.includes(',') ? PLACE_DATE.exec(line) : null;
    if (place) {
      const range = findDateRange(place[2] as string, null);
      if (range) {
        if (meta.issuedOn === null && jointTitle === null) {
          const cityStart = at + line.indexOf(place[1] as string);
          const city = (place[1] as string).trim();
          meta.issuedAt = city;
          meta.spans.issuedAt = { start: cityStart, end: cityStart + city.length };
          const dateStart = at + line.indexOf(place[2] as string) + range.index;
          meta.issuedOn = range.start;
          meta.spans.issuedOn = { start: dateStart, end: dateStart + range.length };
        } else placeDate ??= { text: line, span: copySpan(block.span) };
        continue;
      }
    }
    if (capital && isCodesLine(line)) readCodes(line, at, meta);
  }
  if (jointTitle !== null) meta.documentType ??= 'JOINT STATEMENT';
  return { meta, jointTitle, placeDate, warnings: warnMissingFields(meta, jointTitle !== null) };
}

/** Whether the text ends with a digit or superscript digit: what `FOOTNOTE_AFTER_BRACKET` needs. */
function endsWithFootnoteMark(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c >= 48 && c <= 57) || c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

/** "From", "To" or "Subject" can start here (F, T, S). */
function mayStartField(first: number): boolean {
  return first === 70 || first === 84 || first === 83;
}

/**
 * `readDocumentNumber` can find a number in a line starting with this character: a digit, the
 * "S" of "ST", or white space it trims first (every such character is below 33 or from U+00A0 up).
 */
function mayStartDocumentNumber(first: number): boolean {
  return (first >= 48 && first <= 57) || first === 83 || first <= 32 || first >= 0xa0;
}

/** The warnings of a Council record that lacks its number, date or subject (none for a joint statement). */
function warnMissingFields(meta: DocumentMeta, jointStatement: boolean): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  if (jointStatement) return warnings;
  if (meta.documentNumber === null)
    warnings.push({
      code: 'no-document-number',
      message: 'No Council document number found on the cover page.',
      span: null,
    });
  if (meta.issuedOn === null)
    warnings.push({
      code: 'no-issue-date',
      message: 'No place and date of issue found on the cover page.',
      span: null,
    });
  if (meta.subject === null)
    warnings.push({
      code: 'no-subject',
      message: 'No "Subject:" field found on the cover page.',
      span: null,
    });
  return warnings;
}

/**
 * A line of subject codes: `/^(?:[A-Z]{2,12}(?: \d{1,4})?)(?: [A-Z]{2,12} \d{1,4})*$/` ("JAIEX 14",
 * "JAIEX 14 JAI 345 USA 24", "LIMITE"), checked token by token: words one space apart, a code of
 * 2-12 capitals first, then a number of 1-4 digits after each code (optional after the first).
 */
export function isCodesLine(line: string): boolean {
  // what the next word must be: the first code, a code or number after it, a code, a number
  let next: 'first' | 'either' | 'code' | 'number' = 'first';
  for (let i = 0; ; ) {
    const end = endOfToken(line, i);
    const code = end - i >= 2 && isRun(line, i, end, isCapital, 12);
    const number = !code && isRun(line, i, end, isDigit, 4);
    if (next === 'first' || next === 'code') {
      if (!code) return false;
      next = next === 'first' ? 'either' : 'number';
    } else if (next === 'number') {
      if (!number) return false;
      next = 'code';
    } else if (code) next = 'number';
    else if (number) next = 'code';
    else return false;
    if (end === line.length) return next !== 'number';
    i = end + 1;
  }
}

/** Whether `line.slice(from, to)` is 1 to `max` characters that all pass `test`. */
function isRun(line: string, from: number, to: number, test: (c: number) => boolean, max: number): boolean {
  if (to <= from || to - from > max) return false;
  for (let i = from; i < to; i++) if (!test(line.charCodeAt(i))) return false;
  return true;
}

/**
 * Reads the codes of a line `isCodesLine` accepts: codes and numbers one space apart, each code
 * with the number after it if there is one ("JAIEX 14 JAI 345 USA"). The same pairs, in the same
 * order, as matching `/([A-Z]{2,12})(?:\s+(\d{1,4}))?(?=\s|$)/g` along the line; codes in
 * `NOT_CODES` are left out.
 */
function readCodes(line: string, at: number, meta: DocumentMeta): void {
  const length = line.length;
  let i = 0;
  while (i < length) {
    const codeEnd = endOfToken(line, i);
    const code = line.slice(i, codeEnd);
    let end = codeEnd;
    let number: number | null = null;
    if (codeEnd < length && isDigit(line.charCodeAt(codeEnd + 1))) {
      end = endOfToken(line, codeEnd + 1);
      number = Number(line.slice(codeEnd + 1, end));
    }
    if (!NOT_CODES.has(code)) {
      const index = meta.subjectCodes.length;
      meta.spans[SUBJECT_CODE_KEYS[index] ?? `subjectCodes.${index}`] = { start: at + i, end: at + end };
      meta.subjectCodes.push({ code, number });
    }
    i = end + 1;
  }
}

/** The end of the space-free run starting at `from`. */
function endOfToken(line: string, from: number): number {
  const space = line.indexOf(' ', from);
  return space < 0 ? line.length : space;
}
